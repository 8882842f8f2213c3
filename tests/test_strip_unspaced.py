"""Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Tibetan): prose is measured as prose.

A stoplist of words finds no word in a Thai paragraph (its spaces separate phrases, not words), so the stopword share
of such a line means nothing; like a CJK line's, it counts as 1.0 and the line's length decides.
"""

from __future__ import annotations

from newsclean import strip, strip_data
from newsclean.strip_features import LENGTH_HIGH, UNSPACED_SHARE, _unspaced, measure

THAI = [
    "นายกรัฐมนตรีกล่าวในการประชุมคณะรัฐมนตรีเมื่อวันอังคารว่า รัฐบาลจะเพิ่มงบประมาณสำหรับโรงเรียนในชนบท "
    "เพื่อช่วยให้นักเรียนได้รับการศึกษาที่ดีขึ้น และจะเริ่มโครงการใหม่ในปีหน้า",
    "ผู้ว่าราชการจังหวัดเชียงใหม่ระบุว่า ฝนที่ตกหนักตลอดสัปดาห์ทำให้น้ำท่วมหลายหมู่บ้าน "
    "เจ้าหน้าที่ได้อพยพชาวบ้านกว่าสองพันคนไปยังศูนย์พักพิงชั่วคราวแล้ว",
    "นักเศรษฐศาสตร์หลายคนคาดว่า การส่งออกของประเทศจะฟื้นตัวในช่วงครึ่งหลังของปี "
    "หลังจากที่ความต้องการสินค้าจากต่างประเทศเริ่มกลับมาเพิ่มขึ้นอีกครั้ง",
]
KHMER = "រដ្ឋាភិបាលបានប្រកាសថា ខ្លួននឹងសាងសង់សាលារៀនថ្មីចំនួនមួយរយនៅតាមជនបទ ដើម្បីជួយកុមារឱ្យទទួលបានការអប់រំល្អប្រសើរ ហើយគម្រោងនេះនឹងចាប់ផ្តើមនៅឆ្នាំក្រោយ"


def test_a_thai_paragraph_is_prose() -> None:
    for text in THAI:
        line = measure(text, strip_data.stopwords("th"))
        assert line.length >= LENGTH_HIGH and line.stop == 1.0 and line.cls == "good", text


def test_a_khmer_paragraph_is_prose() -> None:
    line = measure(KHMER, strip_data.stopwords("km") or frozenset({"និង"}))
    assert line.stop == 1.0 and line.cls == "good"


def test_unspaced_share_boundary() -> None:
    thai = "ก" * 10
    assert _unspaced(thai + " " + "a" * int(10 / UNSPACED_SHARE - 10))  # exactly the share
    assert not _unspaced(thai + " " + "a" * (int(10 / UNSPACED_SHARE - 10) + 1))  # one letter short of it
    assert not _unspaced("Prime minister said on Tuesday (ภาษาไทย) that the budget would grow next year")


def test_a_thai_page_keeps_its_article() -> None:
    menu = ["• หน้าแรก", "• การเมือง", "• เศรษฐกิจ", "• ต่างประเทศ", "• กีฬา"]
    page = "\n".join([*menu, "ข่าวล่าสุด", *THAI, "© 2024 สำนักข่าวตัวอย่าง", *menu])
    out = strip.run({"id": "th", "text": page, "lang": "th"})
    assert [t for t in out["text"].split("\n") if t] == THAI


def test_an_english_line_keeps_its_stopword_share() -> None:
    text = "The minister said on Tuesday that the budget for rural schools would grow next year, officials said."
    assert measure(text, strip_data.stopwords("en")).stop < 1.0
