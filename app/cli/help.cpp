#include "commands.h"
#include "pacta/locale/catalog.h"

namespace pacta::cli {

using locale::tr;

std::string main_help() {
    // TRANSLATORS: command and option names (texto, validar, --moneda...) are part of the
    // interface and stay in Spanish; align the descriptions in columns.
    return tr(
        "Usage: pacta-cli COMMAND [ARGUMENTS] [OPTIONS]\n"
        "\n"
        "Pacta drafts, checks and tracks service contracts of public bodies in Mexico and Peru.\n"
        "\n"
        "Commands:\n"
        "  texto      Spanish legal text: amounts in words, ordinals, dates, terms\n"
        "  validar    check a CURP, RFC, DNI, RUC or CLABE\n"
        "  demo       headless demonstration on the embedded database\n"
        "  plantillas list the contract templates\n"
        "  plantilla  a template's fields, data to fill in or example; check a template\n"
        "  generar    generate a contract from a template and a data file\n"
        "  generar-lote  one PDF contract per row of a CSV file\n"
        "  institucion   import, export or list institutions (units, accounts, signatories)\n"
        "  firmante      list the signatories and their roles\n"
        "  personal      import, search or export staff records\n"
        "  contrato      draft contracts, move them through review and signing, amend them\n"
        "  calendario    a payment schedule with the withholding of each instalment\n"
        "  pagos         track each contract's instalments from report to payment\n"
        "  reporte       reports: staff, payments, contracts, due dates (PDF, XLSX, CSV)\n"
        "  firma         verify a signed PDF's signatures; the authorities the office trusts\n"
        "  auditoria     verify the audit trail\n"
        "  respaldo      back up or restore the database\n"
        "  usuario       user accounts and their roles\n"
        "  servidor      prepare an office's PostgreSQL server for Pacta\n"
        "  revisar       check a contract (PDF, Word, text or a folio) for errors\n"
        "  publica       check that a public version shows no personal data\n"
        "  comparar      compare two contracts, template versions or files, or a contract\n"
        "                with the approved clause library\n"
        "  clausula      the library of approved clauses\n"
        "  revision      legal reviewers' comments on a contract's clauses\n"
        "  lote          run many operations from a file with one login\n"
        "\n"
        "Options:\n"
        "  --help     show this help (also after a command: pacta-cli texto --help)\n"
        "  --version  show the version of Pacta and of its libraries\n"
        "  --db FILE  the database to use (before the command; also $PACTA_DB); by default\n"
        "             $XDG_DATA_HOME/pacta/pacta.sqlite3\n"
        "  --servidor 'postgresql://HOST/BASE'  (before the command; also $PACTA_SERVIDOR) work\n"
        "             on the office's PostgreSQL server instead of the database file; the\n"
        "             password is the user's on the server (docs/servidor.md)\n"
        "  --usuario NAME  who is working (before the command), password asked on the\n"
        "             terminal; or set PACTA_USUARIO and PACTA_CLAVE. Needed by every\n"
        "             command that uses the database.\n"
        "  --clave-stdin  (before the command) read the login password from the first line\n"
        "             of standard input, for scripts: safer than PACTA_CLAVE, which other\n"
        "             programs of the same user can read from the environment.\n"
        "\n"
        "Exit codes: 0 success; 1 the input was checked and found invalid, or an operation\n"
        "failed; 2 the command line is wrong; 3 the user may not do this (or could not\n"
        "log in).\n");
}

std::string text_help() {
    return tr(
        "Usage: pacta-cli texto SUBCOMMAND ARGUMENTS [OPTIONS]\n"
        "\n"
        "  importe IMPORTE [--moneda MXN|PEN|USD] [--oracion] [--con-cifra]\n"
        "      the amount in words: 68858.30 -> SESENTA Y OCHO MIL OCHOCIENTOS CINCUENTA\n"
        "      Y OCHO PESOS 30/100 M.N.; --oracion for running text (Sesenta y ocho...),\n"
        "      --con-cifra to precede it with the figure: $68,858.30 (SESENTA...)\n"
        "  exhibiciones IMPORTE N [--moneda MXN|PEN|USD]\n"
        "      N equal instalments, the remainder cents on the last one\n"
        "  ordinal N [--estilo dos-palabras|clasico|una-palabra]\n"
        "      clause ordinal from 1 to 100: 11 -> DÉCIMA PRIMERA (clasico: UNDÉCIMA,\n"
        "      una-palabra: DECIMOPRIMERA)\n"
        "  ejemplares N\n"
        "      copies in words, 2 to 8: 5 -> QUINTUPLICADO\n"
        "  fecha AAAA-MM-DD [--mayusculas] [--dia-dos-digitos]\n"
        "      long date: 2024-01-29 -> 29 de enero de 2024\n"
        "  vigencia INICIO FIN [--letra | --letra-cifra]\n"
        "      the term between two dates, both included, as lawyers count it: 5 meses,\n"
        "      3 meses y 10 días, 15 días, 1 año; --letra-cifra: cinco (5) meses\n"
        "  edad NACIMIENTO [--al AAAA-MM-DD]\n"
        "      age in whole years on a date (today by default)\n"
        "\n"
        "Amounts accept 68858.3, 68,858.30 or $ 68,858.30; the currency is MXN unless\n"
        "--moneda says otherwise.\n");
}

std::string validate_help() {
    return tr(
        "Usage: pacta-cli validar curp|rfc|dni|ruc|clabe VALUE\n"
        "\n"
        "Checks the structure and the check digit of an identity or bank number.\n"
        "  curp   Mexico, Clave Única de Registro de Población (18 characters)\n"
        "  rfc    Mexico, Registro Federal de Contribuyentes (13 or 12 characters);\n"
        "         a wrong check character is only a warning\n"
        "  dni    Peru, Documento Nacional de Identidad (8 digits, optional check character)\n"
        "  ruc    Peru, Registro Único de Contribuyentes (11 digits)\n"
        "  clabe  Mexico, interbank account number (18 digits)\n"
        "\n"
        "Exit code 0 when valid (warnings go to standard error), 1 when invalid with the\n"
        "reason on standard error, 2 on a usage error.\n");
}

std::string demo_help() {
    return tr(
        "Usage: pacta-cli demo [--base FILE]\n"
        "\n"
        "Opens (and creates if needed) the embedded SQLite database, by default\n"
        "$XDG_DATA_HOME/pacta/pacta.sqlite3, checks it, prints the figures of the\n"
        "reference contract computed by Pacta, and writes the bundled contract from its\n"
        "example data as a PDF and its public version in the demo folder beside it.\n");
}

std::string template_help() {
    return tr(
        "Usage: pacta-cli plantillas\n"
        "       pacta-cli plantilla campos|esqueleto TEMPLATE\n"
        "       pacta-cli plantilla ejemplo ID\n"
        "       pacta-cli plantilla validar FILE\n"
        "       pacta-cli plantilla instalar FILE\n"
        "\n"
        "  plantillas                 list the templates, the bundled ones and the office's:\n"
        "                             id, version, country, title; then each one that cannot\n"
        "                             be used, with its first error\n"
        "  plantilla campos ID        the fields a template declares: type, required or\n"
        "                             optional, personal or public, label and help\n"
        "  plantilla esqueleto ID     the data to fill in (JSON): every field empty, and in\n"
        "                             \"_ayuda\" its label, type, required or optional,\n"
        "                             personal and help; generar ignores \"_ayuda\"\n"
        "  plantilla ejemplo ID       complete example data (JSON) for the template\n"
        "  plantilla validar FILE     check a template file; errors give line and column\n"
        "  plantilla instalar FILE    keep a valid template file as one of the office's\n"
        "                             (administrators): it replaces the office's template\n"
        "                             of the same id; contracts keep the version they were\n"
        "                             made from\n"
        "\n"
        "TEMPLATE is a template's id (the one its @plantilla line declares, whatever the\n"
        "file is called) or the path of a template file. On one desk the office's templates\n"
        "are in the folder plantillas of $XDG_DATA_HOME/pacta (~/.local/share/pacta); on an\n"
        "office server they live in its database, for every desk.\n"
        "The template language is described in docs/plantillas.md.\n");
}

std::string generate_help() {
    return tr(
        "Usage: pacta-cli generar --plantilla TEMPLATE --datos DATA.json --salida FILE\n"
        "                         [--version-publica FILE] [--folio FOLIO]\n"
        "                         [--leyenda TEXT] [--fundamento TEXT]\n"
        "\n"
        "Generates a contract from a template (a bundled id or a file) and its data. The\n"
        "output's extension chooses the format: .pdf (ready to sign, with an empty\n"
        "signature field per signatory), .txt (plain text) or .html. The folio (by default\n"
        "the output's name) goes in the PDF's footer and keywords. With\n"
        "--version-publica it also writes the public version, with every personal-data\n"
        "value replaced by a legend such as [ELIMINADO: CURP] (--leyenda changes it; {etiqueta}\n"
        "stands for the field's label) and a closing note with the legal basis of the\n"
        "removals (--fundamento changes it).\n"
        "\n"
        "Every missing or invalid field is reported at once, and then nothing is written.\n"
        "Files are written under a temporary name and renamed when complete; the SHA-256\n"
        "of every file written is printed.\n");
}

std::string institution_help() {
    return tr(
        "Usage: pacta-cli institucion importar FILE.json\n"
        "       pacta-cli institucion exportar CODE [--salida FILE.json]\n"
        "       pacta-cli institucion listar\n"
        "       pacta-cli firmante listar [--institucion CODE]\n"
        "\n"
        "The institution file holds its settings, units, budget accounts and signatories\n"
        "with their powers and roles (docs/datos.md). Importing creates the institution or\n"
        "replaces it whole; every problem in the file is reported with its path, and then\n"
        "nothing is written. Every change is recorded in the audit trail.\n");
}

std::string staff_help() {
    return tr(
        "Usage: pacta-cli personal importar FILE.csv [--parcial] [--actualizar] [--institucion CODE]\n"
        "       pacta-cli personal buscar TEXT\n"
        "       pacta-cli personal ver CURP|DNI\n"
        "       pacta-cli personal exportar FILE.csv|FILE.xlsx\n"
        "\n"
        "  importar  CSV in UTF-8 or Windows-1252, separated by , or ; with the columns of\n"
        "            docs/datos.md. Every row is checked; by default nothing is imported if\n"
        "            any row is wrong, and every bad row is listed with its line and reason.\n"
        "            --parcial imports the valid rows and writes the rejected ones, with a\n"
        "            reason column, beside the file; --actualizar updates the people already\n"
        "            recorded (matched by CURP or DNI) instead of rejecting them.\n"
        "  buscar    by name, identity-number prefix or unit, ignoring accents and case\n"
        "  ver       the whole record, identity and bank account included (capturista,\n"
        "            finanzas or administrador; each view is audited)\n"
        "  exportar  CSV (UTF-8 with BOM, for Excel) or an Excel workbook (capturista or\n"
        "            administrador; audited)\n");
}

std::string contract_help() {
    return tr(
        "Usage: pacta-cli contrato nuevo --plantilla TEMPLATE --persona CURP|DNI [--institucion CODE]\n"
        "                                [--firmante ROLE=CODE ...] [--datos EXTRA.json]\n"
        "       pacta-cli contrato generar FOLIO --salida FILE.pdf [--version-publica FILE.pdf]\n"
        "       pacta-cli contrato descargar FOLIO --salida FILE [--tipo completo|publico|firmado]\n"
        "       pacta-cli contrato importar SHEET.csv|SHEET.xlsx --plantilla TEMPLATE [--datos COMMON.json]\n"
        "                                [--institucion CODE] [--firmante ROLE=CODE ...]\n"
        "       pacta-cli contrato listar\n"
        "       pacta-cli contrato ver FOLIO\n"
        "       pacta-cli contrato estados FOLIO\n"
        "       pacta-cli contrato mover FOLIO STATE [--motivo TEXT] [--archivo SIGNED.pdf]\n"
        "       pacta-cli contrato editar FOLIO --datos CHANGES.json\n"
        "       pacta-cli contrato modificar FOLIO --datos CHANGES.json\n"
        "       pacta-cli contrato imprimir FOLIO --salida COPIES.pdf [--ejemplares N]\n"
        "       pacta-cli contrato firmas FOLIO\n"
        "       pacta-cli contrato firmar FOLIO --campo FIELD (--cer FILE.cer --key FILE.key | --p12 FILE.p12\n"
        "                                | --pkcs11 MODULE.so --token-label LABEL) [--clave-firma-stdin]\n"
        "       pacta-cli contrato terminar FOLIO --fecha YYYY-MM-DD --causa aviso|rescision|interrupcion\n"
        "                                --motivo TEXT [--aviso YYYY-MM-DD] [--salida FILE.pdf]\n"
        "\n"
        "  nuevo    drafts a contract from the staff record, the institution (its settings\n"
        "           fill the fields they name) and its signatories: for each role the\n"
        "           template needs, the one whose powers are valid on the signing date,\n"
        "           unless --firmante chooses; EXTRA.json gives the rest (fee, term...).\n"
        "           Prints the new folio. The template's exact text is kept with it.\n"
        "  importar drafts one contract per row, all in one transaction or none: the\n"
        "           column «persona» names each person (CURP, DNI or card), the others are\n"
        "           template fields (as in generar-lote), COMMON.json what all share. A row\n"
        "           with errors is reported with its number and nothing is recorded.\n"
        "  generar  writes the contract (and its public version) and records each file's\n"
        "           SHA-256\n"
        "  descargar writes the newest file of that kind kept with the contract (the\n"
        "           complete one unless --tipo says): on an office server, whichever desk\n"
        "           generated or recorded it\n"
        "  ver      the contract, its signed documents and every move of its life\n"
        "  estados  the moves the current user may make on the contract\n"
        "  mover    makes one: en_revision (clerk), observado with --motivo or aprobado\n"
        "           (a legal reviewer who did not draft it), firmado with --archivo: the\n"
        "           scan of the signed copies or the digitally signed PDF, whose signatures\n"
        "           are verified; cancelado with --motivo. vigente and concluido follow the\n"
        "           dates by themselves.\n"
        "  editar   changes a draft, or a contract returned with comments; approved and\n"
        "           signed contracts are frozen\n"
        "  modificar drafts an amendment (convenio modificatorio; in Peru, adenda) of a\n"
        "           signed contract: CHANGES.json gives «motivo» and «modificaciones»\n"
        "           ([{\"clausula\": \"CUARTA\", \"texto\": \"...\"}]); it is reviewed and signed\n"
        "           like any contract\n"
        "  firmas   the contract's signature fields in order: who signs each, and whether\n"
        "           it is signed\n"
        "  firmar   signs one field of an approved contract with the signer's own certificate\n"
        "           (the e.firma's .cer and .key, a PKCS#12, or a token: --pkcs11 names its\n"
        "           PKCS#11 module, --token-label the token), in the signature block's\n"
        "           order, only by the person the field names; the key's password (the\n"
        "           token's PIN) is asked on the terminal (or read from standard input with\n"
        "           --clave-firma-stdin), never given as an option. The last field makes the\n"
        "           contract firmado.\n"
        "  imprimir the numbered copies of an approved contract for signing by hand, as many\n"
        "           as it states (QUINTUPLICADO: 5), each page marked «Ejemplar K de N»\n"
        "  terminar ends the contract early: --fecha is the last day served; by notice\n"
        "           (given on --aviso, today by default) it must come at least the institution's\n"
        "           dias_aviso_terminacion (30 by default) later. The instalment in progress is\n"
        "           prorated by days served, the rest cancelled, and the settlement statement\n"
        "           is written to FILE.pdf (FOLIO-finiquito.pdf by default).\n");
}

std::string review_help() {
    return tr(
        "Usage: pacta-cli revisar FILE|FOLIO\n"
        "\n"
        "Checks a contract: a PDF, a Word document (.docx), a text or Markdown file drafted\n"
        "anywhere, or a contract in the database by its folio. Amounts in figures against\n"
        "their words, instalments against the total, the term against its dates, signing\n"
        "before the start, the fiscal year, required clauses and their numbering, references\n"
        "to clauses, blanks and placeholders, identity numbers, the provider's age, a\n"
        "supervisor designated; with a folio, also the person's other contracts and the\n"
        "signatories' powers. Text hidden in a public version makes a check «no verificable»,\n"
        "never an error. Exits with 0 when there is no error and 1 when there is one.\n");
}

std::string public_version_help() {
    return tr(
        "Usage: pacta-cli publica verificar FILE --folio FOLIO\n"
        "       pacta-cli publica verificar FILE --datos DATA.json --plantilla TEMPLATE\n"
        "\n"
        "Reads FILE (PDF, HTML or text) as a reader would: the text of every page, the PDF's\n"
        "properties and XMP metadata, form fields, annotations, bookmarks and the file's name,\n"
        "and reports every personal value of the contract it shows (CURP, RFC, DNI, RUC,\n"
        "CLABE, address, telephone, e-mail, birth date in each printed form; nationality and\n"
        "marital status where the contract printed them). Pacta runs the same check on every\n"
        "public version it writes. With --folio, the contract in the database (it needs the\n"
        "right to see its personal data and is recorded in the audit trail); with --datos and\n"
        "--plantilla, a contract generated outside the records. Exits with 0 when the file\n"
        "shows none and 1 when it shows one.\n");
}

std::string clause_help() {
    return tr(
        "Usage: pacta-cli clausula listar\n"
        "       pacta-cli clausula ver KEY [--version N]\n"
        "       pacta-cli clausula agregar KEY --titulo TITLE --texto TEXT|--texto-archivo FILE\n"
        "                                  [--fundamento LEGAL_BASIS]\n"
        "       pacta-cli clausula agregar --desde-plantilla TEMPLATE\n"
        "       pacta-cli clausula aprobar KEY --version N\n"
        "       pacta-cli clausula retirar KEY --version N\n"
        "\n"
        "The library of approved clause wording, by the keys templates use. Each new wording\n"
        "is a new version, a draft until a legal reviewer other than its author approves it;\n"
        "a version never changes. --desde-plantilla adds every clause of a template as a draft.\n");
}

std::string compare_help() {
    return tr(
        "Usage: pacta-cli comparar A B [--salida FILE.pdf|FILE.txt]\n"
        "\n"
        "Compares A (before) with B (after), clause by clause and word by word. Each of A and\n"
        "B is a contract's folio, plantilla:ID@VERSION (a template version), a file (PDF, Word,\n"
        "text), or «biblioteca» (the contract on the other side written with the approved\n"
        "library's clauses). Clauses inserted, deleted, moved or changed are shown in clause\n"
        "order; the PDF underlines insertions in blue and strikes deletions through in red.\n");
}

std::string review_comments_help() {
    return tr(
        "Usage: pacta-cli revision comentar FOLIO --clausula KEY|ORDINAL --texto TEXT\n"
        "       pacta-cli revision resolver N [--respuesta TEXT]\n"
        "       pacta-cli revision listar FOLIO\n"
        "       pacta-cli revision lista TEMPLATE [--punto TEXT | --quitar N]\n"
        "       pacta-cli revision marcar FOLIO N\n"
        "\n"
        "A legal reviewer's comments on a contract's clauses while it is under review; each is\n"
        "resolved (by the clerk who corrected the contract, or a reviewer) before the contract\n"
        "can be approved. «lista» shows a template's review checklist, adds a point or takes\n"
        "point N out of use (contracts keep what was confirmed of it); «marcar» confirms\n"
        "point N for one contract: every point in use is confirmed before approval.\n");
}

std::string operations_file_help() {
    return tr(
        "Usage: pacta-cli lote FILE [--seguir]\n"
        "\n"
        "Runs many operations from FILE (- for standard input) in one process with one\n"
        "login: the database is opened, the date moves recorded and the password checked\n"
        "once, at the first line that needs them, not once per line. No password or\n"
        "session is written anywhere.\n"
        "\n"
        "Each line is one pacta-cli command line, as typed after «pacta-cli»:\n"
        "  contrato mover MX-2026-0001 en_revision --motivo \"listo para revisión\"\n"
        "  personal buscar 'Núñez Pérez'\n"
        "Words are split as a shell splits them: '...' and \"...\" keep spaces, a backslash\n"
        "escapes the next character. Blank lines and lines starting with # are skipped.\n"
        "\n"
        "The whole file is checked before anything runs; nothing runs when a line has an\n"
        "unclosed quote or is not allowed in a lote: --db or --usuario (they go before\n"
        "«lote» and serve every line), another «lote», «demo», «respaldo restaurar», and\n"
        "«usuario crear» or «usuario restablecer», which ask for a password.\n"
        "\n"
        "Each line prints what the command prints, after «line N: », and is a transaction\n"
        "of its own: a line that fails changes nothing, and the lines before it stay done.\n"
        "By default the lote stops at the first line that fails, with that line's exit\n"
        "code. --seguir runs the rest too, ends with «N operations: X succeeded, Y failed»\n"
        "and exits with the code of the first line that failed.\n");
}

std::string user_help() {
    return tr(
        "Usage: pacta-cli usuario crear --usuario NAME --rol ROLE [--rol ROLE ...]\n"
        "                               [--institucion CODE ...] [--clave-stdin]\n"
        "       pacta-cli usuario listar\n"
        "       pacta-cli usuario desactivar --usuario NAME\n"
        "       pacta-cli usuario restablecer --usuario NAME [--clave-stdin]\n"
        "       pacta-cli usuario recuperar --usuario NAME [--clave-stdin]\n"
        "\n"
        "Roles: capturista (HR clerk), revisor_juridico (legal reviewer), finanzas,\n"
        "administrador. --institucion limits the account to those institutions.\n"
        "\n"
        "The first administrator is created without logging in, only while the database\n"
        "has no users. Afterwards these commands need an administrator: give\n"
        "«pacta-cli --usuario ADMIN usuario ...» or set PACTA_USUARIO and PACTA_CLAVE.\n"
        "The new password is asked twice on the terminal, or read from standard input\n"
        "with --clave-stdin (at least 10 characters). Five failed logins in a row lock an\n"
        "account; «restablecer» sets a new password and unlocks it.\n"
        "\n"
        "«recuperar» is for when no administrator can log in (the last one is locked out\n"
        "or deactivated): run on the machine that holds the database, without logging in,\n"
        "it sets a new password for that administrator and unlocks and activates the\n"
        "account. The audit trail records it with your system user.\n");
}

std::string audit_help() {
    return tr(
        "Usage: pacta-cli auditoria verificar [--ancla ROWS:HASH | --ancla FILE]\n"
        "       pacta-cli auditoria ancla [--salida FILE]\n"
        "       pacta-cli respaldo crear FILE\n"
        "       pacta-cli respaldo restaurar FILE [--forzar]\n"
        "\n"
        "  auditoria verificar  recomputes the audit trail's chain of hashes from the first\n"
        "                       row, names the first broken row, and prints the latest hash;\n"
        "                       with --ancla, also proves the trail still holds exactly the\n"
        "                       anchored rows (exit code 1 when rows were deleted or rewritten)\n"
        "  auditoria ancla      prints ROWS:HASH (and writes it with --salida): keep it away\n"
        "                       from this computer; it is what proves the trail later\n"
        "  respaldo crear       copies the database safely while Pacta runs, with a manifest\n"
        "                       that records the audit trail's latest hash\n"
        "  respaldo restaurar   checks the copy (integrity and audit trail) and only then\n"
        "                       replaces the database, keeping the previous one; a copy that\n"
        "                       does not hold the current trail (an older one) needs --forzar\n");
}

std::string batch_help() {
    return tr(
        "Usage: pacta-cli generar-lote --plantilla TEMPLATE --datos COMMON.json --csv PEOPLE.csv\n"
        "                              --salida FOLDER [--hilos N] [--version-publica] [--institucion CODE]\n"
        "\n"
        "Writes one PDF contract per row of the CSV file. The values common to every\n"
        "contract (institution, signatories, term, fee) come from the JSON file; each row\n"
        "supplies or overrides the rest. The first row names the columns after the fields,\n"
        "with dots (prestador.nombre); the items of a list go in one cell separated by |.\n"
        "A column named folio names each contract and its file.\n"
        "\n"
        "A bad row is reported with its row number and the others go on; a summary ends the\n"
        "run. Every core is used unless --hilos says otherwise. With --version-publica each\n"
        "contract also gets its public version (NAME-publica.pdf). With --institucion CODE\n"
        "(which logs in) the public versions carry that institution's legend and legal basis.\n");
}

std::string schedule_help() {
    return tr(
        "Usage: pacta-cli calendario --total AMOUNT --inicio YYYY-MM-DD --fin YYYY-MM-DD [OPTIONS]\n"
        "\n"
        "Splits a contract's total into instalments and shows, for each one, its period, due date,\n"
        "amount, withholding, net and the amount in words, with a TOTAL row.\n"
        "\n"
        "  --moneda MXN|PEN|USD      the currency (MXN by default)\n"
        "  --exhibiciones N          the number of instalments (1 by default)\n"
        "  --regla igual|mensual     igual: N equal instalments, the remainder cents on the last;\n"
        "                            mensual: one per calendar month, by the days of the term in it\n"
        "                            (--exhibiciones is then ignored)\n"
        "  --vencimiento fin|dia:N|habiles:N\n"
        "                            due at the end of each period (default), on day N of the\n"
        "                            month the period ends, or N business days after it ends\n"
        "  --regimen asimilados|locacion|cas|planilla\n"
        "                            asimilados by default in MXN, locacion in PEN\n"
        "  --constancia-suspension   Peru: the provider's suspension certificate is valid\n"
        "  --manual FILE.csv         amounts and dates entered by hand: columns inicio, fin,\n"
        "                            importe and (optional) vence; checked against the total\n"
        "  --salida FILE.csv|FILE.xlsx  save the schedule instead of printing it\n"
        "\n"
        "ISR tariffs and holiday calendars are data files in share/pacta/datos; an administrator\n"
        "may override them in $XDG_DATA_HOME/pacta/datos (see docs/pagos.md).\n");
}

std::string payments_help() {
    return tr(
        "Usage: pacta-cli pagos SUBCOMMAND [ARGUMENTS] [OPTIONS]\n"
        "\n"
        "  ver FOLIO\n"
        "      the contract's instalments: period, due date, amount, state, withholding, net\n"
        "  pendientes [--mes AAAA-MM] [--unidad UNIT]\n"
        "      instalments not yet paid nor cancelled, due by the end of that month (all by default)\n"
        "  registrar FOLIO N --estado informe|aprobado|pagado|suspendido|cancelado|pendiente\n"
        "            [--fecha AAAA-MM-DD] [--referencia R] [--archivo-informe FILE] [--aprobo NAME] [--cfdi UUID]\n"
        "            [--recibo NUMBER] [--motivo TEXT] [--constancia-suspension]\n"
        "      records a step of instalment N: the report delivered (--referencia, and the\n"
        "      report's file with its SHA-256 if --archivo-informe is given), approved\n"
        "      (by --aprobo, or the contract's supervisor), paid (--referencia of the transfer and\n"
        "      --cfdi or --recibo; the withholding is computed with that date's tables and fixed),\n"
        "      suspended or cancelled (--motivo), or back to pending after a suspension.\n"
        "      The date is today unless --fecha says otherwise.\n"
        "  resumen --desde AAAA-MM --hasta AAAA-MM [--por mes|unidad|cuenta] [--moneda MXN|PEN|USD] [--ancla]\n"
        "      planned, approved, paid and withheld per month, unit or budget account, with a\n"
        "      TOTAL row; --ancla adds the audit anchor (rows:hash) as the report is made\n"
        "  calendario FOLIO --manual FILE.csv\n"
        "      replaces the contract's schedule with one entered by hand (columns inicio, fin,\n"
        "      importe, vence) while every instalment is pending; it must add up to the total\n"
        "\n"
        "ver, pendientes and resumen accept --salida FILE.csv|FILE.xlsx to save the table.\n");
}

}  // namespace pacta::cli
