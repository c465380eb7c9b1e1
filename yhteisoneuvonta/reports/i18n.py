"""Texts of the reports in Finnish, Swedish and English (Finnish is the fallback).

Reports are files that leave the program, so their language is chosen per report
(``--lang``), not taken from the GUI's translator.
"""
from __future__ import annotations

LANGS = ("fi", "sv", "en")

_T: dict[str, tuple[str, str, str]] = {
    # general
    "period": ("Ajanjakso", "Period", "Period"),
    "created": ("Luotu", "Skapad", "Created"),
    "page": ("Sivu {n} / {m}", "Sida {n} / {m}", "Page {n} / {m}"),
    "internal": ("SISÄINEN / INTERNAL", "INTERN / INTERNAL", "INTERNAL / SISÄINEN"),
    "suppressed_note": ("Pienet luvut (1–4) näytetään muodossa <5. x = luku on piilotettu, jotta pientä lukua "
                        "ei voi päätellä summista. – = osuus tai keskiarvo piilotetusta luvusta.",
                        "Små tal (1–4) visas som <5. x = talet är dolt så att ett litet tal inte kan räknas ut "
                        "ur summorna. – = andel eller medelvärde av ett dolt tal.",
                        "Small counts (1–4) are shown as <5. x = hidden so that a small count cannot be worked "
                        "out from the totals. – = share or mean of a hidden count."),
    "internal_note": ("Sisäinen raportti: pieniä lukuja ei ole piilotettu. Ei jaettavaksi.",
                      "Intern rapport: små tal är inte dolda. Får inte spridas.",
                      "Internal report: small counts are not hidden. Not for distribution."),
    "total": ("Yhteensä", "Totalt", "Total"),
    "none": ("Ei merkintöjä.", "Inga uppgifter.", "Nothing recorded."),
    "unit": ("Pirkanmaan hyvinvointialue, yhteisösosiaalityö", "Birkalands välfärdsområde, socialt arbete i samhället",
             "Pirkanmaa wellbeing services county, community social work"),
    # columns
    "week": ("Viikko", "Vecka", "Week"),
    "site_id": ("Toimipiste (tunnus)", "Verksamhetsställe (kod)", "Site id"),
    "site": ("Toimipiste", "Verksamhetsställe", "Site"),
    "municipality": ("Kunta", "Kommun", "Municipality"),
    "site_kind": ("Toimipaikan tyyppi", "Typ av ställe", "Kind of site"),
    "encounters": ("Kohtaamiset", "Möten", "Encounters"),
    "visitors": ("Kävijät", "Besökare", "Visitors"),
    "group_sessions": ("Ryhmät ja infot", "Grupper och infon", "Group sessions"),
    "group_attendance": ("Ryhmien osallistujat", "Deltagare i grupper", "Group attendance"),
    "forms": ("Lomakkeet", "Blanketter", "Forms"),
    "desk_sessions": ("Päivystykset", "Jourer", "Desk sessions"),
    "desk_hours": ("Päivystystunnit", "Jourtimmar", "Desk hours"),
    "count": ("Määrä", "Antal", "Count"),
    "share": ("Osuus", "Andel", "Share"),
    "topic": ("Aihe", "Ämne", "Topic"),
    "help_kind": ("Avun muoto", "Typ av hjälp", "Kind of help"),
    "referral": ("Ohjaus", "Hänvisning", "Referral"),
    "barrier": ("Palvelun este", "Hinder", "Service barrier"),
    "from_encounters": ("Kohtaamisissa", "I möten", "In encounters"),
    "from_form": ("Esteet-lomakkeella", "På hinderblanketten", "On the barriers form"),
    "observations": ("Havainnot", "Observationer", "Observations"),
    "form": ("Lomake", "Blankett", "Form"),
    "involvement": ("Ammattilaisen osallisuus", "Yrkespersonens medverkan", "Professional involvement"),
    "item": ("Kysymys", "Fråga", "Item"),
    "answers_n": ("Vastaukset", "Svar", "Answers"),
    "mean": ("Keskiarvo (0–2)", "Medelvärde (0–2)", "Mean (0–2)"),
    "kind": ("Muoto", "Form", "Kind"),
    "sessions": ("Kerrat", "Gånger", "Sessions"),
    "attendance": ("Osallistujat", "Deltagare", "Attendance"),
    "mean_attendance": ("Osallistujia / kerta", "Deltagare / gång", "Attendance / session"),
    "weekday": ("Viikonpäivä", "Veckodag", "Weekday"),
    "times": ("Kellonaika", "Tid", "Time"),
    "per_week": ("Kertaa / viikko", "Gånger / vecka", "Per week"),
    "frequency": ("Tiheys", "Frekvens", "Frequency"),
    # table titles
    "t_weekly_sites": ("Viikoittain toimipisteittäin", "Per vecka och verksamhetsställe", "By week and site"),
    "t_weekly_totals": ("Viikoittain koko alue", "Per vecka, hela området", "By week, whole region"),
    "t_by_week_site": ("Kohtaamiset viikoittain toimipisteittäin", "Möten per vecka och ställe", "Encounters by week and site"),
    "t_by_week_municipality": ("Kohtaamiset viikoittain kunnittain", "Möten per vecka och kommun", "Encounters by week and municipality"),
    "t_by_week_site_kind": ("Kohtaamiset viikoittain toimipaikan tyypin mukaan", "Möten per vecka och typ av ställe", "Encounters by week and kind of site"),
    "t_by_site": ("Toimipisteittäin", "Per verksamhetsställe", "By site"),
    "t_by_municipality": ("Kunnittain", "Per kommun", "By municipality"),
    "t_by_site_kind": ("Toimipaikan tyypin mukaan", "Per typ av ställe", "By kind of site"),
    "t_topics": ("Aiheet", "Ämnen", "Topics"),
    "t_help_kinds": ("Avun muodot", "Typer av hjälp", "Kinds of help"),
    "t_forms": ("Lomakkeet ja niiden tila", "Blanketter och hur långt de kom", "Forms and how far they got"),
    "t_referrals": ("Ohjaukset", "Hänvisningar", "Referrals"),
    "t_barriers": ("Palveluiden esteet", "Hinder i tjänsterna", "Service barriers"),
    "t_involvement": ("Konsultointi ja työpari", "Konsultation och arbetspar", "Consultation and pair work"),
    "t_pei": ("PEI-mittari", "PEI-mätaren", "PEI instrument"),
    "t_groups": ("Ryhmätoiminta ja osallistujat", "Gruppverksamhet och deltagare", "Group sessions and head counts"),
    "t_desk_hours": ("Päivystykset ja tunnit", "Jourer och timmar", "Desk sessions and hours"),
    "t_frequency": ("Toiminnan tiheys (pidetyt päivystykset)", "Frekvens (hållna jourer)", "Frequency (desk sessions held)"),
    # report titles
    "r_weekly": ("Viikkotilasto", "Veckostatistik", "Weekly statistics"),
    "r_municipality": ("Kuntakohtainen kooste", "Sammanställning per kommun", "Municipality summary"),
    "r_social": ("Sosiaalinen raportti", "Social rapport", "Social report"),
    "r_desk": ("Päivystyksen yhteenveto", "Sammanfattning av jouren", "Desk-session summary"),
    "r_group": ("Ryhmätoiminnan yhteenveto", "Sammanfattning av gruppen", "Group-session summary"),
    # involvement values
    "inv_none": ("Ei ammattilaista", "Ingen yrkesperson", "No professional"),
    "inv_consulted": ("Konsultoitu", "Konsulterad", "Consulted"),
    "inv_pair_work": ("Työparina", "Arbetspar", "Pair work"),
    # site kinds
    "community_centre": ("Yhteisökeskus", "Samhällscenter", "Community centre"),
    "advice_desk": ("Yhteisöneuvonta", "Samhällsrådgivning", "Community advice desk"),
    "meeting_place": ("Kohtaamispaikka", "Mötesplats", "Meeting place"),
    "day_centre": ("Päivätoimintakeskus", "Dagcenter", "Day centre"),
    "family_cafe": ("Perhekahvila", "Familjecafé", "Family café"),
    # PEI extra
    "not_answered": ("Ei vastattu", "Inte besvarad", "Not answered"),
    "pei_answered": ("PEI-lomakkeita", "PEI-blanketter", "PEI forms"),
    "sb_answered": ("Esteet-lomakkeita", "Hinderblanketter", "Barriers forms"),
}

WEEKDAYS = {
    "fi": ("ma", "ti", "ke", "to", "pe", "la", "su"),
    "sv": ("mån", "tis", "ons", "tor", "fre", "lör", "sön"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def t(key: str, lang: str = "fi", **values: object) -> str:
    texts = _T.get(key)
    if texts is None:
        return key
    text = texts[LANGS.index(lang)] if lang in LANGS else texts[0]
    return text.format(**values) if values else text


def add(texts: dict[str, tuple[str, str, str]]) -> None:
    """Report modules register their own texts here, so each keeps its words beside it."""
    _T.update(texts)
