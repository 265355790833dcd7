#include "pacta/locale/finding_messages.h"

#include "pacta/domain/date.h"

#include <string_view>

#include "pacta/domain/utf8.h"
#include "pacta/locale/catalog.h"

namespace pacta::locale {

namespace {

struct Entry {
    std::string_view key;
    const char* english;
};

// Placeholders in braces are filled from the finding's parameters; {field} is the field's
// label and {format} the expected shape of an identity number.
// TRANSLATORS: keep every {name} placeholder exactly as it is; «» are Spanish quotes.
constexpr Entry messages[] = {
    {"id.empty", noop_tr("{field}: nothing was written; type the value to check.")},
    {"id.length", noop_tr("{field}: it has {actual} characters and must have {expected}; check that "
                          "none is missing or left over.")},
    {"id.expected_digit", noop_tr("{field}: position {position} must be a digit, but it holds "
                                  "«{character}». Expected format: {format}.")},
    {"id.expected_letter", noop_tr("{field}: position {position} must be a letter, but it holds "
                                   "«{character}». Expected format: {format}.")},
    {"id.expected_alphanumeric", noop_tr("{field}: position {position} must be a letter or a "
                                         "digit, but it holds «{character}». Expected format: "
                                         "{format}.")},
    {"id.check_digit", noop_tr("{field}: the check digit (position {position}) is «{found}» but "
                               "should be «{expected}»; the value was probably mistyped: compare "
                               "it with the original document.")},
    {"curp.consonant", noop_tr("{field}: position {position} must be a consonant taken from the "
                               "surnames and given name, but it holds «{character}».")},
    {"curp.sex", noop_tr("{field}: position {position} must be H (man) or M (woman), but it holds "
                         "«{character}».")},
    {"curp.state", noop_tr("{field}: «{code}» (position {position}) is not the code of a Mexican "
                           "state; people born abroad have NE.")},
    {"curp.birth_date", noop_tr("{field}: «{value}» (from position {position}) is not a real birth "
                                "date in the form YYMMDD.")},
    {"rfc.length", noop_tr("{field}: it has {actual} characters; an RFC has 13 (natural persons) or "
                           "12 (legal entities).")},
    {"rfc.date", noop_tr("{field}: «{value}» (from position {position}) is not a real date in the "
                         "form YYMMDD.")},
    {"rfc.check_character", noop_tr("{field}: the last character (position {position}) must be a "
                                    "digit or A, but it holds «{character}».")},
    {"rfc.check_digit", noop_tr("{field}: the check character (position {position}) is «{found}» "
                                "and the SAT algorithm gives «{expected}». Some RFCs in real use "
                                "fail this check: confirm it against the taxpayer's tax status "
                                "certificate.")},
    {"rfc.generic", noop_tr("{field}: this is a generic RFC (general public or foreign resident), "
                            "not the person's own; use it only when the person has no RFC.")},
    {"dni.length", noop_tr("{field}: it has {actual} characters; a DNI has 8 digits, optionally "
                           "followed by its check character (10117410-2).")},
    {"dni.check_character", noop_tr("{field}: the check character (position {position}) is "
                                    "«{found}» but should be «{expected_digit}» or "
                                    "«{expected_letter}»; compare the number with the DNI card.")},
    {"ruc.prefix", noop_tr("{field}: it starts with «{prefix}», but a RUC starts with 10, 15 or 17 "
                           "(natural persons) or 20 (legal entities).")},
    {"money.empty", noop_tr("{field}: no amount was written; type one such as 68,858.30.")},
    {"money.negative", noop_tr("{field}: the amount cannot be negative (column {column}); type it "
                               "without a sign.")},
    {"money.invalid_character", noop_tr("{field}: «{character}» (column {column}) is not part of an "
                                        "amount; use digits, a comma for thousands and a point "
                                        "for cents, as in 68,858.30.")},
    {"money.ambiguous", noop_tr("{field}: the separator at column {column} could mark thousands or "
                                "cents; write a comma for thousands and a point for cents "
                                "(1,500.00 or 1.50).")},
    {"money.too_precise", noop_tr("{field}: the amount has more than two decimals (column "
                                  "{column}); round it to cents.")},
    {"money.grouping", noop_tr("{field}: the thousands separator near column {column} is "
                               "misplaced; group the digits in threes, as in 1,234,567.89.")},
    {"money.too_large", noop_tr("{field}: the amount exceeds the maximum of {maximum}.")},
    {"money.currency_mismatch_symbol", noop_tr("{field}: the symbol «{symbol}» (column {column}) "
                                               "does not belong to the currency {expected}; remove "
                                               "it or choose the right currency.")},
    {"money.currency_mismatch", noop_tr("Amounts in {left} and {right} cannot be combined; convert "
                                        "one of them first.")},
    {"money.too_many_parts", noop_tr("{field}: {parts} instalments are more than the {limit} a contract may have; "
                                     "check the number.")},
    {"money.split_parts", noop_tr("{field}: the number of instalments must be at least 1, not "
                                  "{parts}.")},
    {"money.words_out_of_range", noop_tr("{field}: {value} cannot be written in words; the range "
                                         "is 0.00 to {maximum}.")},
    {"number.out_of_range", noop_tr("{field}: {value} is out of range; the maximum is {maximum}.")},
    {"ordinal.out_of_range", noop_tr("{field}: clause ordinals go from 1 to {maximum}; {value} is "
                                     "out of range.")},
    {"copies.out_of_range", noop_tr("{field}: copies in words go from 2 (DUPLICADO) to 8 "
                                    "(OCTUPLICADO); {value} is out of range.")},
    {"date.empty", noop_tr("{field}: no date was written; use the form YYYY-MM-DD, as in "
                           "2024-01-29.")},
    {"date.format", noop_tr("{field}: «{value}» is not a date in the form YYYY-MM-DD (column "
                            "{column}); write it as in 2024-01-29.")},
    {"date.month", noop_tr("{field}: «{value}» has month {month}; months go from 01 to 12.")},
    {"date.day", noop_tr("{field}: «{value}» does not exist: that month has no day {day}.")},
    {"date.not_leap_year", noop_tr("{field}: «{value}» does not exist: {year} is not a leap "
                                   "year.")},
    {"term.end_before_start", noop_tr("{field}: the term ends on {end}, before it starts on "
                                      "{start}; check the dates.")},
    // Payment schedules and withholding.
    {"schedule.count", noop_tr("{field}: {count} instalments is not possible; a contract is paid in at least "
                               "one instalment.")},
    {"schedule.more_than_days", noop_tr("{field}: {count} instalments do not fit in a term of {days} days; "
                                        "use at most one instalment per day.")},
    {"schedule.bad_holiday", noop_tr("{field}, line {line}: «{value}» does not start with a date in the form "
                                     "YYYY-MM-DD; write one holiday per line, as in «2024-09-16 Independencia».")},
    {"schedule.negative", noop_tr("{field}: the amount is negative; enter zero or more.")},
    {"schedule.period_outside", noop_tr("{field}: the period {from} to {to} falls outside the term "
                                        "{start} to {end}; move it inside the term.")},
    {"schedule.sum", noop_tr("{field}: the instalments add up to {sum} but the contract total is {total}; "
                             "adjust the amounts so they add up to the total.")},
    // Instalment states: {from} and {to} are state names (pendiente, aprobado...).
    {"instalment.move", noop_tr("{field}: an instalment in state «{from}» cannot move to «{to}».")},
    {"instalment.report_first", noop_tr("{field}: the instalment cannot be approved before its activity report is "
                                        "delivered; record the report first.")},
    {"instalment.approval_first", noop_tr("{field}: the instalment cannot be paid before it is approved (it is "
                                          "«{from}»); record the approval first.")},
    {"instalment.already_paid", noop_tr("{field}: the instalment is already paid; a paid instalment does not "
                                        "change.")},
    {"instalment.cancelled", noop_tr("{field}: the instalment is cancelled; a cancelled instalment does not "
                                     "change.")},
    {"instalment.paid_amount", noop_tr("{field}: the instalment is already paid; its amount cannot change.")},
    {"instalment.missing", noop_tr("{field}: this step needs {needs}.")},
    {"instalment.date_order", noop_tr("{field}: the date {date} comes before the date of the previous step "
                                      "({earlier}); check the date.")},
    {"instalment.cfdi", noop_tr("{field}: «{value}» is not a CFDI folio fiscal; it has 32 hexadecimal digits in "
                                "groups of 8-4-4-4-12.")},
    {"termination.outside_term", noop_tr("{field}: the last day served, {date}, must fall within the term "
                                         "({start} to {end}) and before its end; check the date.")},
    {"termination.notice", noop_tr("{field}: with notice given on {notice}, the contract can end on {earliest} at "
                                   "the earliest ({days} calendar days); give a later date or another cause.")},
    {"withholding.no_tariff", noop_tr("{field}: there is no ISR tariff for {year}; add the table for {year} "
                                      "(Anexo 8 of that year's RMF) before computing withholding.")},
    {"withholding.no_tariff_yet", noop_tr("{field}: it pays in {year} and there is no ISR table for {year} yet; "
                                          "import it in Configuración (ISR tables) before the first payment of that "
                                          "year.")},
    {"withholding.bad_tariff", noop_tr("{field}: the ISR tariff for {year} has an unreadable row at line "
                                       "{line}; each row needs lower limit, upper limit, fixed fee and rate.")},
    {"age.before_birth", noop_tr("{field}: the date {on} comes before the birth date {birth}.")},
    // Templates: {field} is the template's file name.
    {"template.missing_id", noop_tr("{field}: the template has no @plantilla line; add one with its id, as in "
                                    "«@plantilla mi-contrato».")},
    {"template.unknown_directive", noop_tr("{field}, line {line}, column {column}: unknown directive "
                                           "«{directive}»; docs/plantillas.md lists the valid ones.")},
    {"template.directive_arguments", noop_tr("{field}, line {line}, column {column}: «{directive}» is "
                                             "missing its arguments; see docs/plantillas.md.")},
    {"template.directive_value", noop_tr("{field}, line {line}, column {column}: «{value}» is not a valid "
                                         "value here; see docs/plantillas.md.")},
    {"template.bad_path", noop_tr("{field}, line {line}, column {column}: «{name}» is not a valid field "
                                  "name; use lower-case letters, digits, _ and dots (prestador.nombre).")},
    {"template.unknown_type", noop_tr("{field}, line {line}, column {column}: unknown field type «{type}»; use "
                                      "texto, fecha, importe, entero, sexo, curp, rfc, dni, ruc, clabe, lista "
                                      "or registros.")},
    {"template.field_option", noop_tr("{field}, line {line}, column {column}: «{value}» is not a field option; "
                                      "use requerido, opcional or personal, and put texts in quotes.")},
    {"template.duplicate_field", noop_tr("{field}, line {line}, column {column}: the field «{name}» is "
                                         "declared twice; keep one declaration.")},
    {"template.bad_call", noop_tr("{field}, line {line}, column {column}: «{value}» is not a function call; "
                                  "write it as edad(prestador.fecha_nacimiento, firma.fecha).")},
    {"template.unknown_function", noop_tr("{field}, line {line}, column {column}: unknown function «{name}»; "
                                          "see docs/plantillas.md for the derived values Pacta computes.")},
    {"template.function_arguments", noop_tr("{field}, line {line}, column {column}: «{name}» takes "
                                            "{expected} arguments.")},
    {"template.unterminated_string", noop_tr("{field}, line {line}, column {column}: a text in quotes is not "
                                             "closed; add the closing \".")},
    {"template.unterminated_tag", noop_tr("{field}, line {line}, column {column}: «{tag}» is not closed; end "
                                          "it with }} or %}.")},
    {"template.unknown_field", noop_tr("{field}, line {line}, column {column}: the field «{name}» is not "
                                       "declared; declare it with @campo or correct its name.")},
    {"template.list_as_text", noop_tr("{field}, line {line}, column {column}: «{name}» is a list; go through "
                                      "it with {% para elemento en {name} %}.")},
    {"template.unknown_filter", noop_tr("{field}, line {line}, column {column}: unknown filter «{filter}»; see "
                                        "docs/plantillas.md for the filters.")},
    {"template.filter_arguments", noop_tr("{field}, line {line}, column {column}: the filter «{filter}» takes "
                                          "{expected} arguments in quotes.")},
    {"template.bad_filter_arguments", noop_tr("{field}, line {line}, column {column}: the arguments of "
                                              "«{filter}» must be texts in quotes, as in genero(\"el\", "
                                              "\"la\").")},
    {"template.unexpected_end", noop_tr("{field}, line {line}, column {column}: {% fin %} closes no block; "
                                        "remove it or open the block it should close.")},
    {"template.unexpected_else", noop_tr("{field}, line {line}, column {column}: {% sino %} is only allowed "
                                         "inside {% si ... %}.")},
    {"template.output_too_large", noop_tr("{field}, line {line}, column {column}: this loop makes the contract "
                                          "longer than {limit} MB; check the lists it goes over.")},
    {"template.disallowed_character", noop_tr("{field}, line {line}, column {column}: the template holds "
                                              "{character}, a control or private-use character; delete it (it "
                                              "often comes from copying out of another program).")},
    {"template.personal_metadata", noop_tr("{field}, line {line}, column {column}: {directive} names the personal "
                                           "field «{name}», but the PDF's properties are not redacted in the public "
                                           "version; write the text itself or name a field that is not personal.")},
    {"template.too_deep", noop_tr("{field}, line {line}, column {column}: the blocks nest more than {limit} levels "
                                   "deep; close some of them ({% fin %}) or split the template.")},
    {"template.unclosed_block", noop_tr("{field}, line {line}, column {column}: the block «{tag}» is not "
                                        "closed; add {% fin %} where it ends.")},
    {"template.bad_condition", noop_tr("{field}, line {line}, column {column}: «{value}» is not a valid "
                                       "condition; write si campo, si no campo, or si campo == \"valor\".")},
    {"template.bad_loop", noop_tr("{field}, line {line}, column {column}: «{value}» is not a valid loop; write "
                                  "para elemento en lista.")},
    {"template.bad_clause", noop_tr("{field}, line {line}, column {column}: «{value}» needs exactly one key, "
                                    "as in clausula confidencialidad.")},
    {"template.unknown_tag", noop_tr("{field}, line {line}, column {column}: unknown block «{value}»; use si, "
                                     "sino, fin, para, clausula, salto or firmas.")},
    {"template.duplicate_clause", noop_tr("{field}, line {line}, column {column}: the clause key «{name}» is "
                                          "used twice; each clause needs its own key.")},
    {"template.unknown_clause", noop_tr("{field}, line {line}, column {column}: no clause has the key «{name}»; "
                                        "check the key after ref:.")},
    {"template.not_a_list", noop_tr("{field}, line {line}, column {column}: «{name}» is not a list; only "
                                    "fields of type lista or registros can be repeated.")},
    {"template.nested_clause", noop_tr("{field}, line {line}, column {column}: the clause «{name}» is inside "
                                       "another clause; close the first with {% fin %}.")},
    {"template.bad_signatures", noop_tr("{field}, line {line}, column {column}: {% firmas {name} %} needs a "
                                        "field of type registros with the fields nombre and cargo.")},
    {"template.reference_absent", noop_tr("{field}, line {line}, column {column}: the clause «{name}» is "
                                          "referred to but left out of this contract by a condition.")},
    {"template.filter_input", noop_tr("Template line {line}, column {column}: the filter «{filter}» cannot "
                                      "use the value «{value}».")},
    {"template.unreadable", noop_tr("{field}: the template file cannot be read.")},
    {"template.bad_expression", noop_tr("{field}, line {line}, column {column}: «{value}» cannot be read here; write "
                                        "names, numbers, \"texts\", + - * /, comparisons (== != < <= > >=), y, o, no "
                                        "and functions such as min(a, b).")},
    {"template.ambiguous_number", noop_tr("{field}, line {line}, column {column}: «{value}» could be read two ways; "
                                          "write numbers without thousands separators and with a point for "
                                          "decimals: 1500 or 1.5.")},
    {"template.expression_too_long", noop_tr("{field}, line {line}, column {column}: the expression has more than "
                                             "{value} parts; split it into derived values (@derivado).")},
    {"template.expression_too_deep", noop_tr("{field}, line {line}, column {column}: the expression nests more than "
                                             "{value} parentheses or calls; simplify it with derived values.")},
    {"template.term_optional", noop_tr("{field}, line {line}, column {column}: the schedule needs the term in every "
                                       "contract, but «{name}» is optional; declare it requerido.")},
    {"template.incomplete_expression", noop_tr("{field}, line {line}, column {column}: the expression ends too soon; "
                                               "complete it or close its parenthesis.")},
    {"template.number_too_large", noop_tr("{field}, line {line}, column {column}: the number is too large; write at "
                                          "most twelve digits and four decimals.")},
    {"template.expression_type", noop_tr("{field}, line {line}, column {column}: «{value}» joins values that cannot "
                                         "go together (an amount plus a date, a text times a number); check both "
                                         "sides.")},
    {"template.function_input", noop_tr("{field}, line {line}, column {column}: «{name}» is given a value of the "
                                        "wrong kind; see docs/plantillas.md for what it takes.")},
    {"template.filter_type", noop_tr("{field}, line {line}, column {column}: the filter «{filter}» does not suit this "
                                     "value (a date filter on an amount, a number filter on a term...); use the "
                                     "filter for its kind.")},
    {"template.division_by_zero", noop_tr("{field}, line {line}, column {column}: a division by zero; check the "
                                          "value after «/».")},
    {"template.check_failed", noop_tr("{field}, line {line}: {message}")},
    {"template.bad_check", noop_tr("{field}, line {line}, column {column}: write comprobar CONDICIÓN \"message for "
                                   "the person filling the data\".")},
    {"template.loop_lengths", noop_tr("{field}, line {line}, column {column}: «{first}» has {first_count} elements "
                                      "and «{other}» has {other_count}; lists walked together must be as long as "
                                      "each other.")},
    {"template.record_as_text", noop_tr("{field}, line {line}, column {column}: «{name}» is a record; print one of "
                                        "its fields, such as {name}.nombre.")},
    {"template.record_field_outside_loop", noop_tr("{field}, line {line}, column {column}: «{name}» is a field of "
                                                   "each record of a list; print it inside {% para ... %}.")},
    {"template.term_missing", noop_tr("{field}, line {line}, column {column}: «{name}» needs the contract's term; "
                                      "declare its fields with @vigencia INICIO FIN.")},
    {"template.bad_term", noop_tr("{field}, line {line}, column {column}: @vigencia names «{name}», which is not a "
                                  "declared date field.")},
    {"template.count_decided_by_rule", noop_tr("{field}, line {line}, column {column}: under @calendario mensual the "
                                               "term decides how many payments there are, so «{name}» would print a "
                                               "number the schedule does not follow; print "
                                               "cuenta(the list of amounts) instead.")},
    {"template.clause_style", noop_tr("{field}, line {line}, column {column}: «{value}» does not number the clause; "
                                      "include {ORDINAL}, {ordinal} or {N}.")},
    {"template.bad_signer", noop_tr("{field}, line {line}, column {column}: {% firmas %} names «{name}», but the "
                                    "template declares no field {name}.nombre.")},
    {"data.missing_when", noop_tr("{field}: missing; the template requires it when {condition}.")},
    {"data.empty_printed", noop_tr("{field}: is empty, and the contract prints it at line {line} of the template; "
                                   "fill it in or leave its sentence out with {% si %}.")},
    {"template.duplicate_id", noop_tr("{field}: «{other}» declares the same id «{id}»; a template is chosen by "
                                      "its id, so change the @plantilla line of one of the two.")},
    // Contract data: {field} is the field's label and path.
    {"data.missing", noop_tr("{field}: missing; it is required by the template.")},
    {"data.wrong_shape", noop_tr("{field}: has the wrong form; a value of type {expected} is expected.")},
    {"data.not_integer", noop_tr("{field}: «{value}» is not a whole number; write digits only.")},
    {"data.bad_sex", noop_tr("{field}: «{value}» is not recognised; use {accepted}.")},
    {"data.bad_item", noop_tr("{field}: this element is empty or has the wrong form.")},
    {"data.bad_value", noop_tr("{field}: «{value}» is not valid here; use {accepted}.")},
    {"data.duplicate", noop_tr("{field}: «{value}» appears twice; each one needs its own code.")},
    {"staff.not_text", noop_tr("{field}: this is not a text file; save the sheet as CSV and import that.")},
    {"staff.not_workbook", noop_tr("{field}: this is not an Excel workbook (.xlsx) Pacta can read; save it again "
                                   "from Excel, or as CSV.")},
    {"file.limit", noop_tr("{detail}")},
    {"server.file_too_large", noop_tr("«{file}» has {size} MB; the office server keeps files of up to {limit} MB. Make "
                                      "it smaller (a scan in black and white at 200 dpi is usually enough) and try "
                                      "again.")},
    {"server.restore_by_administrator", noop_tr("on the office server, a copy is restored by its database "
                                                "administrator into an empty database, as the server guide explains; "
                                                "nothing was changed.")},
    {"backup.needs_every_institution", noop_tr("a backup holds every institution's people and contracts: only an "
                                               "administrator of every institution makes one.")},
    {"server.backup_failed", noop_tr("the copy of the office server could not be made: {detail}")},
    {"server.tool_missing", noop_tr("{tool} is not installed on this computer; install PostgreSQL's client programs "
                                    "(the Debian package postgresql-client-15) and try again.")},
    {"file.unreadable", noop_tr("the file «{file}» cannot be read; check that it exists and that you may open it.")},
    {"staff.empty", noop_tr("{field}: the file is empty; it needs a header row with the column names.")},
    {"staff.unknown_column", noop_tr("{field}: the column «{column}» (number {position}) is not known; rename it as "
                                     "docs/datos.md lists, or remove it.")},
    {"staff.missing_identity", noop_tr("{field}: the person needs a CURP (Mexico), or a DNI or foreign card (Peru).")},
    {"staff.bad_date", noop_tr("{field}: «{value}» is not a date; write it as 2024-01-31 or 31/01/2024.")},
    {"staff.unknown_unit", noop_tr("{field}: the unit «{value}» does not exist in the institution; add it to the "
                                   "institution file or correct the code.")},
    {"staff.duplicate_in_file", noop_tr("{field}: «{value}» is repeated; it first appears on line {first}.")},
    {"staff.exists", noop_tr("{field}: «{value}» is already recorded; import the file again updating the people "
                             "already recorded to replace their data.")},
    {"staff.file_unreadable", noop_tr("the file «{file}» cannot be read; check that it exists and that you may open "
                                      "it.")},
    {"staff.too_long", noop_tr("{field}: the cell has {length} characters, more than the {maximum} allowed; the file "
                               "is probably damaged.")},
    {"staff.curp_birth_date", noop_tr("{field}: the CURP says born on «{curp}» (YYMMDD) but the birth date is "
                                      "{birth}; correct one of them.")},
    {"staff.curp_sex", noop_tr("{field}: the CURP has the letter «{letter}» for sex, which does not agree with "
                               "«{sex}»; correct one of them.")},
    {"staff.bank_account", noop_tr("{field}: «{value}» is neither an 18-digit CLABE nor a 20-digit CCI.")},
    {"contract.no_signatory", noop_tr("{field}: no signatory of the institution has the role «{role}» with powers "
                                      "valid on {date}; add one to the institution or choose another for the "
                                      "contract.")},
    {"contract.several_signatories", noop_tr("{field}: several signatories have the role «{role}» on {date}; choose "
                                             "which one signs.")},
    {"contract.unknown_signatory", noop_tr("{field}: the institution has no signatory «{value}»; check its code.")},
    {"contract.powers_not_valid", noop_tr("{field}: the powers of «{value}» are not valid on {date}; choose another "
                                          "signatory or update the powers.")},
    {"data.unknown_field", noop_tr("{field}: the template does not use this field; check its name.")},
    {"data.derived_given", noop_tr("{field}: Pacta computes this value itself; the one in the data is "
                                   "ignored.")},
    {"data.personal_elsewhere", noop_tr("{field_label}: holds the {personal_label} of the person, which is personal "
                                        "data; the public version would show it here. Remove it from this field.")},
    {"text.disallowed_character", noop_tr("{field}: character {position} is {character}, a control or "
                                          "private-use character that no value may hold; delete it (it often comes "
                                          "from copying out of another program).")},
    {"json.too_deep", noop_tr("{field}, line {line}, column {column}: the data nest more than {limit} levels deep; "
                              "Pacta reads data of at most {limit} levels.")},
    {"json.syntax", noop_tr("{field}, line {line}, column {column}: the JSON is not valid ({detail}).")},
    {"csv.missing_column", noop_tr("{field}: the column «{column}» is missing; the header needs inicio, fin and "
                                   "importe (vence is optional).")},
    {"csv.cell_count", noop_tr("{field}, row {row} (line {line}): it has {found} cells and the header has "
                               "{expected}; check the commas, and put cells with commas in quotes.")},
    {"csv.unterminated_quote", noop_tr("{field}, line {line}, column {column}: a quoted cell is not closed; add "
                                       "the closing quote.")},
    {"import.unknown_person", noop_tr("{field}, row {row}: nobody is recorded with «{detail}»; import the person "
                                      "first or correct the key.")},
    {"batch.write_failed", noop_tr("{field}: the file could not be written ({detail}); check the folder's "
                                   "permissions and free space.")},
    {"batch.file_name_taken", noop_tr("the folio «{folio}» would be saved as «{file}», the file of row "
                                      "{other_row} (folio «{other_folio}»); a file name keeps only letters, digits, "
                                      "- and _. Make the folios differ in those characters; this row was not "
                                      "generated.")},
    {"json.number_out_of_range", noop_tr("{field}, line {line}, column {column}: the number {value} is too large to "
                                         "read; write it as text in quotes or correct it.")},
    {"json.not_object", noop_tr("{field}: the data must be a JSON object, { ... }.")},
    // The contract checker (domain/contract_check.h); {where} is added by locate().
    {"check.empty", noop_tr("the document has no text; if it is a scanned PDF, check the typed or generated "
                            "version instead.")},
    {"check.amount_words", noop_tr("the amount in words does not say {figure}: it reads «{found}»; the word "
                                   "«{word}» should be «{correct}». Write: «{expected}».")},
    {"check.amount_words_form", noop_tr("the amount in words says {figure}, but not in the usual form: «{found}»; "
                                        "the usual form is «{expected}».")},
    {"check.amount_currency", noop_tr("{figure} is written in one currency and its words «{found}» name another; "
                                      "write «{expected}».")},
    {"check.amount_hidden", noop_tr("the amount {found} or its words are hidden in this version; they cannot be "
                                    "compared.")},
    {"check.instalments_total", noop_tr("the instalments do not add up to the total: {found}, but the total is "
                                        "{expected}; correct the number of instalments or their amount.")},
    {"check.instalments_sum", noop_tr("the instalments listed add up to {found}, but the total is {expected}; "
                                      "correct one of them.")},
    {"check.instalments_remainder", noop_tr("{found}, {difference} short of the total {expected}: say which "
                                            "instalment carries the remaining cents.")},
    {"check.schedule_total", noop_tr("the payment schedule on record adds up to {found}, but the contract's total is "
                                     "{expected}; replace the schedule or correct the amount.")},
    {"check.no_clauses", noop_tr("no numbered clauses were found (PRIMERA.-, SEGUNDA.-, ...); check that the "
                                 "document is a contract and that its clauses are numbered in words.")},
    {"check.clause_gap", noop_tr("the clause {found} comes where {expected} was expected: a clause is missing or "
                                 "misnumbered; renumber the clauses.")},
    {"check.clause_repeated", noop_tr("the clause {found} repeats or goes back in the numbering; {expected} was "
                                      "expected; renumber the clauses.")},
    {"check.clause_missing", noop_tr("the contract has no clause on {topic}, which it requires; add it from the "
                                     "approved clause library.")},
    {"check.reference_missing", noop_tr("the text cites «{found}», which does not exist in the contract; correct the "
                                        "reference (clauses may have been renumbered).")},
    {"check.date_invalid", noop_tr("«{found}» is not a real date; correct the day or the month.")},
    {"check.term_order", noop_tr("the term ends ({end}) before it starts ({start}); correct the dates.")},
    {"check.term_words", noop_tr("the term is stated as «{found}», but from {start} to {end} it is «{expected}»; "
                                 "correct the length or the dates.")},
    {"check.signed_after_start", noop_tr("the contract is signed on «{found}», after its term started on {start}; "
                                         "sign it before the start or move the start date.")},
    {"check.fiscal_year", noop_tr("the term ({start} to {end}) goes beyond the fiscal year {year} that funds the "
                                  "contract; end it within the year.")},
    {"check.placeholder", noop_tr("«{found}» is a blank or a placeholder left in the text; fill it in.")},
    {"check.identity_hidden", noop_tr("{kind}: hidden in this version; it cannot be validated.")},
    {"check.minor", noop_tr("the provider is under 18 on the signing date ({found}); a minor cannot sign this "
                            "contract.")},
    {"check.age_hidden", noop_tr("the provider's age or birth date is hidden in this version; whether they are of "
                                 "age cannot be checked.")},
    {"check.records_unknown", noop_tr("overlapping contracts of the same person and the signatories' powers are "
                                      "checked only against the database: check the contract by its folio.")},
    {"check.overlap", noop_tr("the same person has the contract {folio} from {start} to {end}, which overlaps this "
                              "one (declaration II.d: no other engagement); end one of them or change the dates.")},
    {"check.powers", noop_tr("{name} signs on {date}, but their powers are valid from {from} to {to}; choose a "
                             "signatory with valid powers or record the new ones.")},
    {"check.supervisor_missing", noop_tr("no public servant is designated to receive the reports or give conformity; "
                                         "add the supervision clause.")},
    {"institution.signatory_in_use", noop_tr("the signatory «{code}» signs contracts on record and cannot be removed; "
                                             "set the last day of their powers instead.")},
};

struct Label {
    std::string_view field;
    const char* english;
};

constexpr Label labels[] = {
    {"curp", noop_tr("CURP")},
    {"rfc", noop_tr("RFC")},
    {"dni", noop_tr("DNI")},
    {"ruc", noop_tr("RUC")},
    {"clabe", noop_tr("CLABE")},
    {"importe", noop_tr("amount")},
    {"fecha", noop_tr("date")},
    {"inicio", noop_tr("start date")},
    {"fin", noop_tr("end date")},
    {"vigencia", noop_tr("term")},
    {"fecha_nacimiento", noop_tr("birth date")},
    {"ordinal", noop_tr("ordinal")},
    {"ejemplares", noop_tr("copies")},
    {"exhibiciones", noop_tr("instalments")},
    {"numero", noop_tr("number")},
    {"tarifa", noop_tr("withholding table")},
    {"periodo", noop_tr("period")},
};

constexpr Label identity_formats[] = {
    {"curp", noop_tr("4 letters, birth date YYMMDD, H or M, 2-letter state, 3 consonants, "
                     "1 letter or digit, 1 check digit")},
    {"rfc", noop_tr("3 or 4 letters, date YYMMDD, 2-character homoclave, check character")},
    {"dni", noop_tr("8 digits and an optional check character")},
    {"ruc", noop_tr("11 digits")},
    {"clabe", noop_tr("18 digits: bank, branch, account and check digit")},
};

const char* find_english(std::string_view key) {
    for (const auto& m : messages) {
        if (m.key == key) return m.english;
    }
    return nullptr;
}

}  // namespace

std::string field_label(const std::string& field) {
    for (const auto& l : labels) {
        if (l.field == field) return tr(l.english);
    }
    // An instalment as people count them: "exhibiciones[2].importe" -> "instalment 2, amount".
    static const std::string instalments = "exhibiciones[";
    if (field.rfind(instalments, 0) == 0) {
        const auto close = field.find(']');
        const auto number = field.substr(instalments.size(), close == std::string::npos ? 0 : close - instalments.size());
        if (!number.empty() && number.find_first_not_of("0123456789") == std::string::npos) {
            std::string out = fill(tr("instalment {number}"), {{"number", number}});
            if (close + 1 < field.size() && field[close + 1] == '.') out += ", " + field_label(field.substr(close + 2));
            return out;
        }
    }
    return field;
}

namespace {

// One of our own fields (its label may read like its key: "importe"), not a file's or a
// template's name, which is never changed.
bool labelled(const std::string& field) {
    for (const auto& l : labels) {
        if (l.field == field) return true;
    }
    return field.rfind("exhibiciones[", 0) == 0 && field_label(field) != field;
}

}  // namespace

bool has_message(const std::string& code) { return find_english(code) != nullptr; }

std::string severity_label(domain::Severity severity) {
    switch (severity) {
        case domain::Severity::error: return tr_context("severity", "error");
        case domain::Severity::warning: return tr_context("severity", "warning");
        case domain::Severity::unverifiable: return tr_context("severity", "unverifiable");
    }
    return {};
}

std::string describe(const domain::Finding& finding) {
    Params params(finding.params.begin(), finding.params.end());
    // What a step still needs, named in words rather than by a command's option.
    static const std::pair<const char*, const char*> needs[] = {
        {"referencia", noop_tr("the reference of the report or of the transfer")},
        {"aprobo", noop_tr("who approved it")},
        {"cfdi_o_recibo", noop_tr("the CFDI folio fiscal or the receipt number")},
        {"motivo", noop_tr("the reason")},
    };
    for (auto& [key, value] : params) {
        if (key != "needs") continue;
        for (const auto& [name, english] : needs) {
            if (value == name) value = tr(english);
        }
    }
    // A date a finding names is read as the institution writes dates: 20/01/2024.
    for (auto& [key, value] : params) {
        if (value.size() == 10 && value[4] == '-' && value[7] == '-' && domain::parse_iso_date(value).value) {
            value = value.substr(8, 2) + "/" + value.substr(5, 2) + "/" + value.substr(0, 4);
        }
    }
    const std::string label = finding.param("field_label");
    params.emplace_back("field", label.empty() ? field_label(finding.field) : label);
    for (const auto& f : identity_formats) {
        if (f.field == finding.field) params.emplace_back("format", tr(f.english));
    }
    const char* english = find_english(finding.code);
    if (english == nullptr) {
        // A code without a message is a bug; still say something precise rather than nothing.
        const std::string message =
            fill(tr("{field}: rule {code} was not met."), {{"field", field_label(finding.field)}, {"code", finding.code}});
        return labelled(finding.field) ? domain::capitalize_first(message) : message;
    }
    std::string message = fill(tr(english), params);
    // Our own labels ("importe") may open the sentence in lower case; a file name may not be changed.
    if (label.empty() && labelled(finding.field)) message = domain::capitalize_first(message);
    if (const auto near = finding.param("suggestion"); !near.empty()) {
        message += " " + fill(tr("Did you mean «{name}»?"), {{"name", near}});
    }
    return message;
}

std::string excerpt_lines(const domain::Finding& finding) {
    const auto excerpt = finding.param("excerpt");
    if (excerpt.empty()) return {};
    const auto caret = static_cast<std::size_t>(std::stoul("0" + finding.param("caret")));
    return "    " + excerpt + "\n    " + std::string(caret, ' ') + "^";
}

std::string locate(const domain::Finding& finding) {
    std::string where;
    if (const auto line = finding.param("line"); !line.empty()) where = fill(tr("line {line}"), {{"line", line}});
    if (const auto page = finding.param("page"); !page.empty()) {
        where += (where.empty() ? "" : ", ") + fill(tr("page {page}"), {{"page", page}});
    }
    if (const auto clause = finding.param("clause"); !clause.empty()) {
        where += (where.empty() ? "" : ", ") + fill(tr("clause {clause}"), {{"clause", clause}});
    }
    return where;
}

}  // namespace pacta::locale
