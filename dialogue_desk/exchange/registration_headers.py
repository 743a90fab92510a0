"""How registration lists name their columns: people in 11 languages and the tools' exports.

English, Estonian, Latvian, Swedish, Russian, German, French, Finnish, Lithuanian, Polish and
Ukrainian, plus the headers of Eventbrite, Zoom, Google and Microsoft Forms, pretix, Indico and
CiviCRM exports. Compared through ``headers.header_keys``: folded, and without bracketed
suffixes, question wording ("What is your …") and "Attendee" / "Participant" prefixes, so only
the core of each name is listed here.
"""

from __future__ import annotations

#: Field -> header spellings (the field name itself always matches too).
FIELD_SYNONYMS: dict[str, list[str]] = {
    "first_name": [
        "First name", "Firstname", "Given name", "Given names", "Forename", "First", "Fname",
        "Eesnimi", "Vārds", "Vards", "Förnamn", "Tilltalsnamn", "Имя", "Ім'я", "Імя",
        "Vorname", "Rufname", "Prénom", "Prénoms", "Etunimi", "Etunimet", "Vardas",
        "Imię", "Imie", "Nombre", "Nome", "Voornaam",
        "Name: Given name", "Buyer first name",
    ],
    "last_name": [
        "Last name", "Lastname", "Surname", "Family name", "Last", "Lname",
        "Perekonnanimi", "Perenimi", "Uzvārds", "Efternamn", "Фамилия", "Прізвище",
        "Nachname", "Familienname", "Zuname", "Nom", "Nom de famille", "Sukunimi", "Pavardė",
        "Nazwisko", "Apellido", "Apellidos", "Cognome", "Achternaam",
        "Name: Family name",
    ],
    "full_name": [
        "Name", "Full name", "Participant", "Attendee", "Display name", "Sort name",
        "Attendee name", "Participant name", "Registrant", "Your name", "Name and surname",
        "First and last name", "Nimi", "Täisnimi", "Osaleja", "Nimi ja perekonnanimi",
        "Ees- ja perekonnanimi", "Vārds, uzvārds", "Vārds uzvārds", "Dalībnieks",
        "Namn", "Fullständigt namn", "Deltagare", "Имя и фамилия", "Участник",
        "Vollständiger Name", "Vor- und Nachname", "Teilnehmer", "Teilnehmer*in",
        "Nom complet", "Prénom et nom", "Prénom Nom", "Koko nimi", "Nimi ja sukunimi",
        "Vardas, pavardė", "Vardas ir pavardė", "Dalyvis", "Imię i nazwisko", "Uczestnik",
        "Ім'я та прізвище", "Учасник", "Contact name", "Name (Original Name)",
    ],
    "full_name_last_first": [
        "ФИО", "Ф.И.О.", "Фамилия, имя", "Фамилия Имя Отчество", "Фамилия, имя, отчество",
        "ПІБ", "П.І.Б.", "Прізвище, ім'я, по батькові", "Прізвище та ім'я", "Прізвище, ім'я",
        "Nom, prénom", "Nom Prénom", "Name, Vorname", "Nachname, Vorname",
        "Nazwisko i imię", "Pavardė, vardas", "Sukunimi, etunimi", "Uzvārds, vārds",
        "Perekonnanimi, eesnimi", "Efternamn, förnamn", "Last name, first name",
    ],
    "organisation": [
        "Organisation", "Organization", "Organisation name", "Organization name",
        "Institution", "Company", "Company name", "Current employer", "Employer",
        "Affiliation", "Institute", "Agency", "Organisatsioon", "Asutus", "Ettevõte",
        "Organizācija", "Iestāde", "Uzņēmums", "Organisation/myndighet", "Myndighet",
        "Förening", "Arbetsgivare", "Företag", "Организация", "Учреждение", "Место работы",
        "Компания", "Організація", "Установа", "Місце роботи", "Компанія",
        "Organisation/Firma", "Firma", "Unternehmen", "Institution/Organisation", "Arbeitgeber",
        "Organisme", "Structure", "Société", "Entreprise", "Établissement", "Organisaatio",
        "Yritys", "Työnantaja", "Organizacija", "Įstaiga", "Įmonė", "Organizacja",
        "Instytucja", "Firma/organizacja", "Organización", "Empresa",
    ],
    "role": [
        "Role", "Position", "Title", "Job title", "Function", "Job", "Occupation",
        "Amet", "Ametikoht", "Roll", "Amats", "Loma", "Befattning", "Titel", "Yrkestitel",
        "Должность", "Роль", "Посада", "Роль у проєкті", "Funktion", "Position/Funktion",
        "Beruf", "Fonction", "Poste", "Rôle", "Tehtävä", "Tehtävänimike", "Asema",
        "Pareigos", "Vaidmuo", "Stanowisko", "Funkcja", "Rola", "Cargo", "Puesto",
    ],
    "stakeholder_group": [
        "Stakeholder group", "Stakeholder", "Group", "Grupa", "Grupp", "Группа", "Група",
        "Gruppe", "Groupe", "Ryhmä", "Grupė", "Sector", "Type of organisation",
        "Type of organization", "Organisation type", "Organization type", "Category",
        "Sidusrühm", "Huvirühm", "Huvigrupp", "Sektor", "Organisatsiooni tüüp", "Ieinteresētā puse",
        "Mērķa grupa", "Sektors", "Intressentgrupp", "Intressent", "Organisationstyp",
        "Заинтересованная сторона", "Сектор", "Тип организации", "Тип організації",
        "Zielgruppe", "Art der Organisation", "Type d'organisation", "Secteur", "Catégorie",
        "Sidosryhmä", "Organisaation tyyppi", "Organizacijos tipas", "Sektorius",
        "Typ organizacji", "Stakeholder group / sector",
    ],
    "email": [
        "E-mail", "Email", "E-mail address", "Email address", "Mail", "User email",
        "Primary email", "Attendee email", "Registrant email", "Courriel",
        "E-post", "E-posti aadress", "Meiliaadress", "E-pasts", "E-pasta adrese", "Epasts",
        "E-postadress", "Mejl", "Эл. почта", "Электронная почта", "E-mail адрес", "Почта",
        "Емейл", "Електронна пошта", "Ел. пошта", "E-Mail-Adresse", "Adresse e-mail",
        "Adresse électronique", "Adresse mail", "Mél", "Sähköposti", "Sähköpostiosoite",
        "El. paštas", "Elektroninis paštas", "El. pašto adresas", "Adres e-mail",
        "Adres email", "Poczta e-mail", "Correo electrónico", "Correo",
    ],
    "phone": [
        "Phone", "Telephone", "Mobile", "Phone number", "Tel", "Cell phone", "Cell",
        "Mobile phone", "Mobile number", "Work phone", "Home phone", "Primary phone",
        "Telefon", "Telefoninumber", "Mobiil", "Tālrunis", "Telefons", "Tālr",
        "Mobiltelefon", "Telefonnummer", "Mobil", "Телефон", "Тел", "Мобильный",
        "Номер телефону", "Мобільний", "Handy", "Handynummer", "Téléphone", "Portable",
        "Numéro de téléphone", "Puhelin", "Puhelinnumero", "Matkapuhelin", "Telefonas",
        "Telefono numeris", "Numer telefonu", "Teléfono",
    ],
    "country": [
        "Country", "Country/Region", "Country of residence", "Nationality", "Citizenship",
        "Home country", "Riik", "Elukohariik", "Kodakondsus", "Valsts", "Pilsonība",
        "Land", "Medborgarskap", "Страна", "Гражданство", "Країна", "Громадянство",
        "Staatsangehörigkeit", "Nationalität", "Pays", "Nationalité", "Maa", "Kansalaisuus",
        "Šalis", "Pilietybė", "Kraj", "Obywatelstwo", "País",
    ],
    "preferred_language": [
        "Language", "Preferred language", "Working language", "Keel", "Eelistatud keel",
        "Valoda", "Vēlamā valoda", "Språk", "Föredraget språk", "Язык", "Предпочитаемый язык",
        "Мова", "Sprache", "Bevorzugte Sprache", "Langue", "Langue préférée", "Kieli",
        "Kalba", "Język", "Idioma",
    ],
    "consent_listed": [
        "Consent to be listed", "May be listed", "Listed in report", "Listing consent",
        "Nõusolek nimekirja", "Nimi aruandes", "Piekrišana sarakstam",
        "Samtycke till deltagarlista", "Får listas", "Согласие на список",
        "Согласие на включение в список", "Згода на список",
        "Einverständnis Teilnehmerliste", "Accord liste des participants",
    ],
    "consent_photos": [
        "Photo consent", "Photos", "Consent to photos", "Photo and video consent",
        "Photo/video consent", "Consent to photos and video", "Pildistamine",
        "Nõusolek pildistamiseks", "Fotografēšana", "Piekrišana fotografēšanai", "Foton",
        "Samtycke till foto", "Фото", "Согласие на фото", "Согласие на фотосъёмку",
        "Згода на фото", "Fotoeinwilligung", "Einverständnis Fotos", "Droit à l'image",
        "Valokuvauslupa", "Zgoda na zdjęcia",
    ],
    "consent_contact": [
        "Contact consent", "Contact after the event", "May be contacted", "Kontakt",
        "Nõusolek kontakti", "Võib ühendust võtta", "Piekrišana saziņai", "Saziņa",
        "Samtycke till kontakt", "Får kontaktas", "Согласие на контакт", "Можно связаться",
        "Згода на контакт", "Opt-in", "Newsletter", "Marketing consent",
    ],
    "notes": [
        "Notes", "Note", "Comments", "Comment", "Remarks", "Additional information",
        "Dietary requirements", "Accessibility needs", "Special requirements",
        "Märkused", "Märkus", "Kommentaar", "Lisainfo", "Piezīmes", "Komentāri",
        "Anteckningar", "Kommentar", "Övrigt", "Примечания", "Примечание", "Комментарий",
        "Примітки", "Коментар", "Anmerkungen", "Bemerkungen", "Hinweise", "Remarques",
        "Commentaires", "Huomautukset", "Lisätiedot", "Pastabos", "Uwagi", "Komentarz",
    ],
}  # fmt: skip

FULL_NAME_FIELDS = {"full_name", "full_name_last_first"}
#: Fields a column can be mapped to, in the order the mapping dialog offers them.
IMPORT_FIELDS = list(FIELD_SYNONYMS)

#: Words that tell what a form's question asks for, when its wording names no field.
KEYWORDS: dict[str, str] = {
    "country": "country", "countries": "country", "nationality": "country", "riik": "country",
    "valsts": "country", "land": "country", "strana": "country", "pays": "country",
    "kraina": "country", "maa": "country", "salis": "country", "kraj": "country",
    "email": "email", "mail": "email", "epost": "email", "epasts": "email",
    "courriel": "email", "sahkoposti": "email",
    "phone": "phone", "telephone": "phone", "mobile": "phone", "telefon": "phone",
    "telefoni": "phone", "talrunis": "phone", "telefonas": "phone", "puhelin": "phone",
    "organisation": "organisation", "organization": "organisation", "company": "organisation",
    "employer": "organisation", "organisatsioon": "organisation", "organizacija": "organisation",
    "organisme": "organisation", "organizatsiia": "organisation",
    "photo": "consent_photos", "photos": "consent_photos", "photographed": "consent_photos",
    "photography": "consent_photos", "pildistada": "consent_photos", "foto": "consent_photos",
    "language": "preferred_language", "keel": "preferred_language",
    "valoda": "preferred_language", "sprak": "preferred_language",
    "dietary": "notes", "allergies": "notes",
}  # fmt: skip
