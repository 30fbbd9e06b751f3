"""Synthetic Hindi documents about bilateral summits, with their own ground truth.

    python benchmarks/generate.py OUT_DIR [--count 1000] [--seed 5]

Writes `OUT_DIR/raw/<id>.txt` (one article each, in the genre of the seed article: title,
lead, a repeated title line, then history / objectives / cooperation areas / summits
sections with varying headings) and `OUT_DIR/ground_truth.jsonl`: per document the parties,
the section roles and every summit with its year and city as written, so a benchmark can
check what the parser found against what was put in. Deterministic for a given seed.

Variety on purpose: countries and organisations as parties, a third of the host cities
missing from the lexicon, virtual summits, summits without a place, Devanagari digits,
full-date labels and a few "other" headings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

COUNTRIES = (
    "भारत रूस जापान चीन फ्रांस जर्मनी ब्रिटेन इटली कनाडा ऑस्ट्रेलिया ब्राज़ील इंडोनेशिया वियतनाम "
    "सिंगापुर बांग्लादेश नेपाल भूटान श्रीलंका मालदीव ईरान मिस्र केन्या मॉरीशस मेक्सिको स्पेन स्वीडन "
    "नॉर्वे यूक्रेन मंगोलिया पोलैंड"
).split()
ORGANISATIONS = ("यूरोपीय संघ", "आसियान", "ब्रिक्स", "अफ्रीकी संघ", "बिम्सटेक")
UNKNOWN_PARTIES = ("ज़ाम्बिया", "पेरू", "लातविया", "फ़िजी")  # not in the lexicon
KNOWN_CITIES = (
    "नई दिल्ली", "मुंबई", "गोवा", "जयपुर", "वाराणसी", "मॉस्को", "सोची", "कज़ान", "टोक्यो", "ओसाका",
    "बीजिंग", "वुहान", "पेरिस", "बर्लिन", "लंदन", "रोम", "ब्रसेल्स", "पोर्टो", "कैनबरा", "सियोल",
    "जकार्ता", "हनोई", "काठमांडू", "ढाका", "कोलंबो", "तेहरान", "नैरोबी", "समरकंद", "अस्ताना",
)
UNKNOWN_CITIES = ("कोच्चि", "भुवनेश्वर", "लखनऊ", "इंदौर", "मैसूर", "नागपुर", "उदयपुर", "कानपुर", "हम्पी")
HEADINGS = {
    "history": ("इतिहास और पृष्ठभूमि", "इतिहास", "पृष्ठभूमि"),
    "objectives": ("उद्देश्यों", "मुख्य उद्देश्य", "उद्देश्य", "लक्ष्य"),
    "cooperation_areas": ("प्रमुख क्षेत्र", "सहयोग के क्षेत्र", "प्रमुख सहयोग क्षेत्र"),
    "summits": ("प्रमुख सम्मेलन", "प्रमुख शिखर सम्मेलन", "महत्वपूर्ण सम्मेलन"),
}
OTHER_HEADINGS = ("आगे की राह", "आलोचना")
OBJECTIVES = (
    ("सामरिक साझेदारी", "सामरिक साझेदारी को बढ़ावा देना और रक्षा, सुरक्षा, और अंतरराष्ट्रीय मामलों में सहयोग को मजबूत करना।"),
    ("आर्थिक सहयोग", "व्यापार, निवेश, ऊर्जा, विज्ञान, और प्रौद्योगिकी जैसे क्षेत्रों में आर्थिक सहयोग को बढ़ाना।"),
    ("सांस्कृतिक आदान-प्रदान", "सांस्कृतिक आदान-प्रदान को बढ़ावा देना और लोगों के बीच संपर्क को मजबूत करना।"),
    ("वैश्विक मुद्दे", "अंतरराष्ट्रीय मंचों पर सहयोग करना और वैश्विक मुद्दों पर समन्वय बनाना।"),
    ("क्षेत्रीय सुरक्षा", "क्षेत्र में शांति और स्थिरता के लिए मिलकर काम करना।"),
    ("जलवायु परिवर्तन", "स्वच्छ ऊर्जा और जलवायु परिवर्तन से निपटने के उपायों पर साझा प्रयास करना।"),
)
AREAS = (
    ("रक्षा और सुरक्षा", "रक्षा उपकरणों की खरीद, संयुक्त सैन्य अभ्यास, और रक्षा तकनीकी सहयोग पर महत्वपूर्ण समझौते होते हैं।"),
    ("ऊर्जा", "ऊर्जा क्षेत्र में सहयोग, विशेष रूप से तेल, गैस, और परमाणु ऊर्जा के क्षेत्रों में, संबंधों का एक महत्वपूर्ण हिस्सा है।"),
    ("विज्ञान और प्रौद्योगिकी", "विज्ञान और प्रौद्योगिकी के क्षेत्रों में संयुक्त अनुसंधान परियोजनाएँ और नवाचार साझेदारियाँ होती हैं।"),
    ("व्यापार और निवेश", "व्यापार और निवेश को बढ़ावा देने के लिए दोनों पक्ष विभिन्न नीतिगत सुधारों पर सहमति बनाते हैं।"),
    ("स्वास्थ्य", "स्वास्थ्य और चिकित्सा के क्षेत्र में टीका उत्पादन और अनुसंधान पर सहयोग होता है।"),
    ("शिक्षा", "छात्रवृत्ति, विश्वविद्यालयों के बीच साझेदारी और कौशल विकास कार्यक्रम चलाए जाते हैं।"),
    ("अंतरिक्ष", "अंतरिक्ष अनुसंधान और उपग्रह प्रक्षेपण में संयुक्त परियोजनाएँ चल रही हैं।"),
    ("कृषि", "कृषि अनुसंधान, खाद्य सुरक्षा और सिंचाई तकनीक पर सहयोग बढ़ रहा है।"),
)
TOPICS = (
    "परमाणु ऊर्जा", "रक्षा उपकरणों", "द्विपक्षीय व्यापार", "विशेष आर्थिक क्षेत्रों", "अंतरिक्ष अनुसंधान",
    "साइबर सुरक्षा", "समुद्री सुरक्षा", "नवीकरणीय ऊर्जा", "डिजिटल अर्थव्यवस्था", "आपदा प्रबंधन",
    "उच्च गति रेल", "सेमीकंडक्टर", "खाद्य सुरक्षा", "आतंकवाद", "कोविड-19",
)
MONTHS = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर")
FILLER = (
    "दोनों पक्षों के बीच लोगों से लोगों का संपर्क लगातार बढ़ता रहा है और पर्यटन तथा शिक्षा के क्षेत्र में नई पहलें की गई हैं।",
    "विशेषज्ञों का मानना है कि यह संवाद क्षेत्रीय स्थिरता और आर्थिक विकास के लिए महत्वपूर्ण भूमिका निभाता है।",
    "इस मंच के माध्यम से कई संयुक्त कार्य समूह बनाए गए हैं जो नियमित रूप से प्रगति की समीक्षा करते हैं।",
    "संबंधों में समय-समय पर चुनौतियाँ भी आईं, परंतु संवाद की प्रक्रिया कभी पूरी तरह नहीं रुकी।",
)
_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


@dataclass
class Summit:
    year: int
    city: str | None
    city_known: bool
    mode: str  # in_person | virtual | unknown
    label: str  # as written before the colon


@dataclass
class Truth:
    document_id: str
    title: str
    parties: list[str]
    section_roles: list[str]
    objectives: list[str]
    areas: list[str]
    summits: list[Summit] = field(default_factory=list)


def _parties(rng: random.Random) -> list[str]:
    first = "भारत" if rng.random() < 0.6 else rng.choice(COUNTRIES)
    roll = rng.random()
    if roll < 0.15:
        other = rng.choice(ORGANISATIONS)
    elif roll < 0.2:
        other = rng.choice(UNKNOWN_PARTIES)
    else:
        other = rng.choice([c for c in COUNTRIES if c != first])
    return [first, other]


def _summit_line(rng: random.Random, year: int, parties: list[str]) -> tuple[str, Summit]:
    topics = rng.sample(TOPICS, 2)
    label = str(year)
    if rng.random() < 0.1:
        label = label.translate(_DEVANAGARI)
    elif rng.random() < 0.1:
        label = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
    roll = rng.random()
    if roll < 0.1:
        text = f"वर्चुअल रूप से आयोजित सम्मेलन में {topics[0]} और {topics[1]} पर चर्चा हुई।"
        summit = Summit(year, None, False, "virtual", label)
    elif roll < 0.2:
        text = f"दोनों पक्षों ने {topics[0]} के प्रभावों को कम करने के लिए {topics[1]} पर चर्चा की।"
        summit = Summit(year, None, False, "unknown", label)
    else:
        known = rng.random() < 0.7
        city = rng.choice(KNOWN_CITIES if known else UNKNOWN_CITIES)
        text = (f"{city} में आयोजित सम्मेलन में {topics[0]} और {topics[1]} के क्षेत्र में "
                f"महत्वपूर्ण समझौते हुए।")
        summit = Summit(year, city, known, "in_person", label)
    return f"{label}: {text}", summit


def document(index: int, rng: random.Random) -> tuple[str, str, Truth]:
    """One synthetic article: (file name, text, ground truth)."""
    parties = _parties(rng)
    joiner = "-" if rng.random() < 0.7 else " और "
    kind = rng.choice(("वार्षिक सम्मेलन", "शिखर सम्मेलन", "वार्षिक शिखर सम्मेलन", "द्विपक्षीय संवाद"))
    title = f"{parties[0]}{joiner}{parties[1]} {kind}"
    start = rng.randint(1990, 2012)
    decade = start - start % 10 - rng.choice((10, 20, 30, 40))
    doc_id = f"g{index:06d}_{hashlib.sha256(f'{index}{title}'.encode()).hexdigest()[:12]}"

    blocks = [
        title,
        f"{title} {parties[0]} और {parties[1]} के बीच एक द्विपक्षीय बैठक है, जिसका उद्देश्य दोनों पक्षों के "
        "बीच संबंधों को मजबूत करना और विभिन्न क्षेत्रों में सहयोग को बढ़ावा देना है। यह सम्मेलन उच्चतम स्तर "
        "के नेताओं की उपस्थिति में आयोजित किया जाता है।",
        title,
    ]
    roles = []
    sections: list[tuple[str, list[str]]] = []
    history = [
        f"{parties[0]} और {parties[1]} के बीच घनिष्ठ संबंध रहे हैं, जो {decade} के दशक से प्रारंभ हुए। "
        f"इन संबंधों को औपचारिक रूप देने के लिए {start} में सम्मेलन प्रणाली की शुरुआत की गई थी। "
        + " ".join(rng.sample(FILLER, 2))
    ]
    sections.append((rng.choice(HEADINGS["history"]), history))
    roles.append("history")
    objectives = rng.sample(OBJECTIVES, rng.randint(3, 5))
    sections.append((rng.choice(HEADINGS["objectives"]), [f"{label}: {text}" for label, text in objectives]))
    roles.append("objectives")
    areas = rng.sample(AREAS, rng.randint(3, 5))
    sections.append((rng.choice(HEADINGS["cooperation_areas"]), [f"{label}: {text}" for label, text in areas]))
    roles.append("cooperation_areas")
    years = sorted(rng.sample(range(start, 2026), min(rng.randint(4, 10), 2026 - start)))
    summit_lines = [_summit_line(rng, year, parties) for year in years]
    sections.append((rng.choice(HEADINGS["summits"]), [line for line, _ in summit_lines]))
    roles.append("summits")
    if rng.random() < 0.1:
        sections.append((rng.choice(OTHER_HEADINGS), [" ".join(rng.sample(FILLER, 2))]))
        roles.append("other")

    for heading, lines in sections:
        blocks.append(heading)
        blocks.extend(lines)
    text = "\n\n\n".join(blocks[:2]) + "\n\n\n" + "\n\n\n".join(blocks[2:]) + "\n"
    truth = Truth(
        doc_id, title, parties, roles,
        [label for label, _ in objectives], [label for label, _ in areas],
        [summit for _, summit in summit_lines],
    )
    return f"{doc_id}.txt", text, truth


def generate(out_dir: Path, count: int, seed: int = 5) -> list[Truth]:
    """Write `count` documents into `out_dir/raw/` and `out_dir/ground_truth.jsonl`."""
    rng = random.Random(seed)
    raw = out_dir / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    truths = []
    with (out_dir / "ground_truth.jsonl").open("w", encoding="utf-8") as handle:
        for index in range(count):
            name, text, truth = document(index, rng)
            (raw / name).write_text(text, encoding="utf-8")
            handle.write(json.dumps(asdict(truth), ensure_ascii=False) + "\n")
            truths.append(truth)
    return truths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    generate(args.out_dir, args.count, args.seed)
    size = sum(p.stat().st_size for p in (args.out_dir / "raw").iterdir())
    print(f"{args.count} documents, {size / 1e6:.1f} MB in {args.out_dir / 'raw'}")


if __name__ == "__main__":
    main()
