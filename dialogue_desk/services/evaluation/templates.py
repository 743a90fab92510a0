"""Built-in evaluation forms, with labels in all five languages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dialogue_desk.i18n import translate
from dialogue_desk.services.errors import NotFoundError
from dialogue_desk.services.evaluation.records import Choice, FormSpec, QuestionData, pick
from dialogue_desk.store.enums import QuestionKind

L = dict[str, str]
#: The key of ``EvaluationForm.settings`` holding a built-in form's title in each language.
TITLES = "titles"


def _l(en: str, et: str, lv: str, sv: str, ru: str) -> L:
    return {"en": en, "et": et, "lv": lv, "sv": sv, "ru": ru}


AGREE_LOW = _l("Not at all", "Üldse mitte", "Nemaz", "Inte alls", "Совсем нет")
AGREE_HIGH = _l("Very much", "Väga palju", "Ļoti", "Mycket", "В полной мере")
YES = _l("Yes", "Jah", "Jā", "Ja", "Да")
NO = _l("No", "Ei", "Nē", "Nej", "Нет")

STAKEHOLDER_CHOICES: list[dict[str, Any]] = [
    {"name": "public_authority", "label": _l("Public authority", "Riigi- või omavalitsusasutus",
        "Valsts vai pašvaldības iestāde", "Myndighet eller kommun", "Орган государственной власти или местного самоуправления")},
    {"name": "migrant_association", "label": _l("Immigrant or ethnic-minority association",
        "Sisserändajate või rahvusvähemuste ühendus", "Imigrantu vai mazākumtautību biedrība",
        "Invandrar- eller minoritetsförening", "Объединение иммигрантов или национальных меньшинств")},
    {"name": "consultative_body", "label": _l("Consultative body", "Nõuandev kogu",
        "Konsultatīvā padome", "Rådgivande organ", "Консультативный орган")},
    {"name": "research", "label": _l("Research institution", "Teadusasutus",
        "Pētniecības iestāde", "Forskningsinstitution", "Исследовательское учреждение")},
    {"name": "ngo", "label": _l("NGO / civil society", "MTÜ / kodanikuühiskond",
        "NVO / pilsoniskā sabiedrība", "Ideell organisation / civilsamhälle",
        "НКО / гражданское общество")},
    {"name": "other", "label": _l("Other", "Muu", "Cits", "Annat", "Другое")},
]  # fmt: skip


def _rating(name: str, label: L) -> dict[str, Any]:
    return {
        "name": name, "kind": QuestionKind.RATING, "label": label, "required": True,
        "scale_min": 1, "scale_max": 5, "low_label": AGREE_LOW, "high_label": AGREE_HIGH,
    }  # fmt: skip


def _text(name: str, label: L, long: bool = True) -> dict[str, Any]:
    kind = QuestionKind.LONG_TEXT if long else QuestionKind.SHORT_TEXT
    return {"name": name, "kind": kind, "label": label, "required": False}


DIALOGUE_EVENT: dict[str, Any] = {
    "key": "template:dialogue",
    "title": _l("Dialogue event evaluation", "Dialoogiürituse tagasiside",
                "Dialoga pasākuma novērtējums", "Utvärdering av dialogmötet",
                "Оценка диалогового мероприятия"),
    "questions": [
        {"name": "group", "kind": QuestionKind.SINGLE_CHOICE, "required": False,
         "label": _l("Which group do you represent?", "Millist rühma te esindate?",
                     "Kuru grupu jūs pārstāvat?", "Vilken grupp representerar du?",
                     "Какую группу вы представляете?"),
         "choices": STAKEHOLDER_CHOICES},
        _rating("relevance", _l("The topics were relevant to my work",
                "Teemad olid minu töö jaoks asjakohased", "Tēmas bija aktuālas manam darbam",
                "Ämnena var relevanta för mitt arbete", "Темы были актуальны для моей работы")),
        _rating("chance_to_speak", _l("I had a fair chance to speak",
                "Mul oli võrdne võimalus sõna võtta", "Man bija vienlīdzīga iespēja izteikties",
                "Jag fick samma möjlighet som andra att komma till tals",
                "У меня была равная возможность высказаться")),
        _rating("balance", _l("Authorities and associations were heard in balance",
                "Ametiasutusi ja ühendusi kuulati tasakaalustatult",
                "Iestādes un biedrības tika uzklausītas līdzsvaroti",
                "Myndigheter och föreningar hördes på lika villkor",
                "Голоса властей и объединений были представлены сбалансированно")),
        _rating("facilitation", _l("The facilitation was good", "Modereerimine oli hea",
                "Moderēšana bija laba", "Samtalsledningen var bra",
                "Модерация была хорошей")),
        _rating("organisation", _l("The event was well organised", "Üritus oli hästi korraldatud",
                "Pasākums bija labi organizēts", "Mötet var väl organiserat",
                "Мероприятие было хорошо организовано")),
        _rating("learning", _l("I learned something I can use", "Õppisin midagi, mida saan kasutada",
                "Es uzzināju ko noderīgu", "Jag lärde mig något jag kan använda",
                "Я узнал(а) что-то полезное для себя")),
        _rating("networking", _l("I made useful contacts", "Sain kasulikke kontakte",
                "Es ieguvu noderīgus kontaktus", "Jag fick användbara kontakter",
                "Я установил(а) полезные контакты")),
        {"name": "again", "kind": QuestionKind.YES_NO, "required": True,
         "label": _l("Would you take part again?", "Kas osaleksite uuesti?",
                     "Vai jūs piedalītos vēlreiz?", "Skulle du delta igen?",
                     "Приняли бы вы участие снова?")},
        _text("worked", _l("What worked well?", "Mis toimis hästi?", "Kas izdevās labi?",
              "Vad fungerade bra?", "Что получилось хорошо?")),
        _text("improve", _l("What should we improve?", "Mida peaksime parandama?",
              "Ko mums vajadzētu uzlabot?", "Vad borde vi förbättra?", "Что нам стоит улучшить?")),
        _text("missing", _l("Who was missing from the table?", "Kes jäi laua tagant puudu?",
              "Kuru pārstāvju pietrūka pie galda?", "Vem saknades vid bordet?",
              "Кого не хватало за столом?"), long=False),
    ],
}  # fmt: skip

TRAINING_SEMINAR: dict[str, Any] = {
    "key": "template:training",
    "title": _l("Training seminar evaluation", "Koolitusseminari tagasiside",
                "Apmācību semināra novērtējums", "Utvärdering av utbildningsseminariet",
                "Оценка обучающего семинара"),
    "questions": [
        _rating("content", _l("The content was useful", "Sisu oli kasulik", "Saturs bija noderīgs",
                "Innehållet var användbart", "Содержание было полезным")),
        _rating("trainers", _l("The trainers explained clearly", "Koolitajad selgitasid selgelt",
                "Pasniedzēji skaidroja saprotami", "Utbildarna förklarade tydligt",
                "Тренеры объясняли понятно")),
        _rating("practice", _l("There was enough practice", "Harjutamist oli piisavalt",
                "Bija pietiekami daudz prakses", "Det fanns tillräckligt med övning",
                "Было достаточно практики")),
        _rating("confidence", _l("I feel ready to facilitate a dialogue event",
                "Tunnen end valmis dialoogiüritust modereerima",
                "Jūtos gatavs(-a) moderēt dialoga pasākumu",
                "Jag känner mig redo att leda ett dialogmöte",
                "Я готов(а) модерировать диалоговое мероприятие")),
        _rating("organisation", _l("The seminar was well organised",
                "Seminar oli hästi korraldatud", "Seminārs bija labi organizēts",
                "Seminariet var väl organiserat", "Семинар был хорошо организован")),
        {"name": "recommend", "kind": QuestionKind.YES_NO, "required": True,
         "label": _l("Would you recommend this seminar?", "Kas soovitaksite seda seminari?",
                     "Vai jūs ieteiktu šo semināru?", "Skulle du rekommendera seminariet?",
                     "Порекомендовали бы вы этот семинар?")},
        _text("worked", _l("What worked well?", "Mis toimis hästi?", "Kas izdevās labi?",
              "Vad fungerade bra?", "Что получилось хорошо?")),
        _text("improve", _l("What should we improve?", "Mida peaksime parandama?",
              "Ko mums vajadzētu uzlabot?", "Vad borde vi förbättra?", "Что нам стоит улучшить?")),
    ],
}  # fmt: skip

TEMPLATES = {"dialogue": DIALOGUE_EVENT, "training": TRAINING_SEMINAR}


def template_spec(key: str, language: str = "en") -> FormSpec:
    """A built-in form ("dialogue" or "training") with its title in ``language``."""
    try:
        template = TEMPLATES[key]
    except KeyError:
        raise NotFoundError(
            translate("Evaluation", "There is no built-in form \u201c{key}\u201d.").format(key=key)
        ) from None
    questions = tuple(_template_question(spec) for spec in template["questions"])
    languages = tuple(template["title"])
    if language in languages:
        languages = (language, *(c for c in languages if c != language))
    title = template["title"].get(language) or template["title"]["en"]
    # Every language's title is kept with the form, so each screen, kiosk and export can show
    # its own; a rename replaces them with the one title the user gave.
    return FormSpec(title=title, languages=languages, questions=questions, source=template["key"],
                    settings={TITLES: dict(template["title"])})  # fmt: skip


def localised_title(
    title: str, source: str, settings: Mapping[str, Any] | None, language: str | None,
    fallbacks: tuple[str, ...] = (),
) -> str:  # fmt: skip
    """A form's title in ``language`` when it has one there, else its own ``title``.

    A built-in form keeps its title in every language in ``settings["titles"]``; a built-in
    form stored before it did is recognised by its source and one of the template's titles.
    A form its user titled (created, imported or renamed) keeps that title in every language.
    """
    titles = (settings or {}).get(TITLES)
    if not isinstance(titles, dict) or title not in titles.values():
        key = source.removeprefix("template:")
        template = TEMPLATES.get(key) if source.startswith("template:") else None
        titles = template["title"] if template and title in template["title"].values() else None
    if not titles:
        return title
    return pick({str(k): str(v) for k, v in titles.items()}, language, fallbacks) or title


def _template_question(spec: dict[str, Any]) -> QuestionData:
    return QuestionData(
        kind=spec["kind"], label=dict(spec["label"]), name=spec["name"],
        required=spec.get("required", False), scale_min=spec.get("scale_min"),
        scale_max=spec.get("scale_max"), low_label=dict(spec.get("low_label", {})),
        high_label=dict(spec.get("high_label", {})),
        choices=tuple(Choice(c["name"], dict(c["label"])) for c in spec.get("choices", [])),
    )  # fmt: skip


#: What the kiosk says to a respondent, in the respondent's language (the facilitator's
#: interface language may differ). Keys are used by ``ui/evaluation/kiosk.py``.
KIOSK_TEXTS: dict[str, L] = {
    "choose": _l("Choose your language", "Valige keel", "Izvēlieties valodu", "Välj språk",
                 "Выберите язык"),
    "submit": _l("Submit", "Saada", "Iesniegt", "Skicka", "Отправить"),
    "thanks": _l("Thank you for your feedback!", "Aitäh tagasiside eest!",
                 "Paldies par atsauksmi!", "Tack för din återkoppling!", "Спасибо за ваш отзыв!"),
    "anonymous": _l("Your answers are anonymous.", "Teie vastused on anonüümsed.",
                    "Jūsu atbildes ir anonīmas.", "Dina svar är anonyma.",
                    "Ваши ответы анонимны."),
    "required": _l("Please answer this question.", "Palun vastake sellele küsimusele.",
                   "Lūdzu, atbildiet uz šo jautājumu.", "Du måste svara på den här frågan.",
                   "Пожалуйста, ответьте на этот вопрос."),
    "invalid": _l("Please check this answer.", "Palun kontrollige seda vastust.",
                  "Lūdzu, pārbaudiet šo atbildi.", "Kontrollera det här svaret.",
                  "Пожалуйста, проверьте этот ответ."),
    "marked": _l("Please answer the questions marked in red.",
                 "Palun vastake punasega märgitud küsimustele.",
                 "Lūdzu, atbildiet uz sarkanā iezīmētajiem jautājumiem.",
                 "Svara på frågorna som är markerade med rött.",
                 "Пожалуйста, ответьте на вопросы, отмеченные красным."),
    "language": _l("Language", "Keel", "Valoda", "Språk", "Язык"),
    "next": _l("Next \u25b6", "Edasi \u25b6", "Tālāk \u25b6", "Nästa \u25b6", "Далее \u25b6"),
    "back": _l("\u25c0 Back", "\u25c0 Tagasi", "\u25c0 Atpakaļ", "\u25c0 Tillbaka",
               "\u25c0 Назад"),
    "page": _l("Page {n} of {total}", "Leht {n}/{total}", "Lapa {n} no {total}",
               "Sida {n} av {total}", "Страница {n} из {total}"),
    # The glossary's word, as the interface's own "Facilitator" button says it before a pick.
    "facilitator": _l("Facilitator", "Moderaator", "Moderators", "Samtalsledare", "Модератор"),
}  # fmt: skip
