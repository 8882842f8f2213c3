"""Small parts of byline reading: what is cut around a name (a job title before it, an author box's "About", a picture's
alt text, a name printed twice) and an agency credit standing as the byline ("det/dpa")."""

from __future__ import annotations

import regex

from newsclean.split_byline_words import byline_words, picture_starts
from newsclean.split_dates import fold

MIN_NAME_WORDS = 2  #: a first and a last name: a title word is never cut below this
_SLASH = regex.compile(r"\s*/\s*")
_INITIALS = regex.compile(r"\p{Ll}{2,4}")  #: an editor's short sign beside the agency ("det", "lno")
MIN_CREDIT_ITEMS = 2  #: "det/dpa": a sign and an agency
MAX_CREDIT_ITEMS = 4  #: "dpa/AFP/Reuters/lno"


def agency_credit(text: str) -> bool:
    """Tell an agency credit given as the byline ("det/dpa", "dpa/lno", "APA/AP") from a name: slash-joined items,
    one an agency, the others agencies or an editor's lower-case initials."""
    from newsclean.split_credits import only_agencies

    items = _SLASH.split(text.strip())
    if not MIN_CREDIT_ITEMS <= len(items) <= MAX_CREDIT_ITEMS:
        return False
    agencies = [only_agencies(item) for item in items]
    return any(agencies) and all(a or _INITIALS.fullmatch(item) for a, item in zip(agencies, items))


def undouble(name: str) -> str:
    """ "Newsdesk Newsdesk": a name printed twice (link text + label) is one name."""
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


def drop_picture(line: str, lang: str | None) -> str:
    """Drop an author picture's alt text before the byline ("Avatar photo by X", "Profilbild Max Muster")."""
    folded = fold(line)
    if not folded.startswith(picture_starts(lang)):
        return line  # the common case, in one test
    for word in byline_words(lang).get("picture", ()):
        if folded.startswith(word + " ") and len(line) > len(word) + 1:
            return line[len(word):].strip()
    return line


def drop_about(text: str, lang: str | None) -> str:
    """Drop an author box's "About" before the name ("Über Steffi", "About Jane Doe")."""
    folded = fold(text)
    for word in byline_words(lang).get("about", ()):
        if folded.startswith(word + " ") and len(text) > len(word) + 1:
            return text[len(word):].strip()
    return text


def cut_lead(name: str, lang: str | None) -> str:
    """Cut a job title before the name ("Rechtsanwalt Max Muster", "FOCUS-Online-Experte Eva Probe"); a first and a last name stay."""
    words = name.split()
    titles = byline_words(lang).get("title", ())
    cut = 0
    while len(words) - cut > MIN_NAME_WORDS and fold(words[cut]).rsplit("-", 1)[-1].strip(",:") in titles:
        cut += 1
    return " ".join(words[cut:]) if cut else name
