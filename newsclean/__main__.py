"""Allow ``python -m newsclean``."""

from newsclean.cli import main

main()
