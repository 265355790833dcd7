#include "pacta/presentation/staff/staff_file.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>

#include "pacta/document/csv.h"
#include "pacta/domain/identity.h"
#include "pacta/domain/utf8.h"
#include "xlsx_cells.h"
#include "xlsx_reader.h"
#include "zip_xml.h"

namespace pacta::presentation {

namespace {

using domain::Finding;
using domain::Severity;

// "Fecha de nacimiento", "FECHA_NACIMIENTO", "fecha-de nacimiento" -> "fecha_de_nacimiento";
// then the few aliases people use.
std::string normalise_column(std::string_view raw) {
    const std::string out = domain::identifier_key(raw);
    static const std::map<std::string, std::string> aliases = {
        {"nombres", "nombre"}, {"apellido_paterno", "primer_apellido"}, {"apellido_materno", "segundo_apellido"},
        {"fecha_de_nacimiento", "fecha_nacimiento"}, {"estado_civil", "estado_civil"}, {"email", "correo"},
        {"correo_electronico", "correo"}, {"cci", "clabe"}, {"cuenta", "clabe"}, {"carne", "carne_extranjeria"},
        {"carne_de_extranjeria", "carne_extranjeria"}, {"regimen_laboral", "regimen"}};
    if (const auto it = aliases.find(out); it != aliases.end()) return it->second;
    return out;
}

std::optional<domain::Date> parse_date(const std::string& text) {
    if (auto iso = domain::parse_iso_date(text).value) return iso;
    // 31/01/2024, as spreadsheets in Mexico and Peru write dates.
    if (text.size() == 10 && text[2] == '/' && text[5] == '/') {
        try {
            return domain::Date::from_ymd(std::stoi(text.substr(6, 4)), static_cast<unsigned>(std::stoi(text.substr(3, 2))),
                                          static_cast<unsigned>(std::stoi(text.substr(0, 2))));
        } catch (...) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<domain::Sex> parse_sex(const std::string& raw, bool peru) {
    const std::string v = domain::to_lower_es(raw);
    if (v == "hombre" || v == "masculino") return domain::Sex::man;
    if (v == "mujer" || v == "femenino") return domain::Sex::woman;
    if (peru) {
        if (v == "m") return domain::Sex::man;
        if (v == "f") return domain::Sex::woman;
    } else {
        if (v == "h") return domain::Sex::man;
        if (v == "m") return domain::Sex::woman;
    }
    return std::nullopt;
}

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && (s[start] == ' ' || s[start] == '\t')) ++start;
    return s.substr(start);
}

}  // namespace

const std::vector<std::string>& staff_columns() {
    static const std::vector<std::string> columns = {
        "nombre", "primer_apellido", "segundo_apellido", "sexo", "fecha_nacimiento", "nacionalidad", "estado_civil",
        "curp", "rfc", "dni", "carne_extranjeria", "ruc", "domicilio", "telefono", "correo", "clabe", "profesion",
        "categoria", "regimen", "constancia_suspension", "unidad", "activo"};
    return columns;
}

namespace {

// Indexes into staff_columns(), so a row's cells are read by position, not looked up by name.
enum Column : std::size_t {
    nombre, primer_apellido, segundo_apellido, sexo, fecha_nacimiento, nacionalidad, estado_civil, curp, rfc, dni,
    carne_extranjeria, ruc, domicilio, telefono, correo, clabe, profesion, categoria, regimen, constancia_suspension,
    unidad, activo, column_count
};

// A row's trimmed cells in staff_columns() order; a column the file lacks reads as empty.
using RowCells = std::array<std::string, column_count>;

// Checks one row into a record and its findings; rows are independent, so any thread may run it.
void check_row(StaffRow& row, RowCells& cell, const std::set<std::string>& unit_set, bool excel_dates) {
    const auto& names = staff_columns();
    // No field of a staff record is this long: a cell past the limit is a broken file.
    constexpr std::size_t longest_cell = 1000;
    for (std::size_t c = 0; c < column_count; ++c) {
        if (cell[c].size() <= longest_cell) continue;
        row.findings.emplace_back("staff.too_long", Severity::error, names[c]);
        row.findings.back()
            .with("field_label", names[c])
            .with("line", std::to_string(row.line))
            .with("length", std::to_string(cell[c].size()))
            .with("maximum", std::to_string(longest_cell));
        cell[c].clear();
    }
    auto problem = [&](const char* code, Column column) -> Finding& {
        row.findings.emplace_back(code, Severity::error, names[column]);
        row.findings.back().with("field_label", names[column]).with("line", std::to_string(row.line));
        return row.findings.back();
    };
    auto& m = row.member;
    auto required = [&](Column column) -> const std::string& {
        if (cell[column].empty()) problem("data.missing", column);
        return cell[column];
    };
    m.given_names = required(nombre);
    m.first_surname = required(primer_apellido);
    m.second_surname = cell[segundo_apellido];
    m.nationality = cell[nacionalidad];
    m.civil_status = cell[estado_civil];
    m.domicile = cell[domicilio];
    m.phone = cell[telefono];
    m.email = cell[correo];
    m.profession = cell[profesion];
    m.unit_code = cell[unidad];

    const bool peru = cell[curp].empty() && (!cell[dni].empty() || !cell[carne_extranjeria].empty());
    if (cell[curp].empty() && cell[dni].empty() && cell[carne_extranjeria].empty()) {
        problem("staff.missing_identity", curp);
    }
    auto identity = [&](Column column, domain::IdentityKind kind, std::string& out) {
        if (cell[column].empty()) return;
        auto check = domain::validate_identity(kind, cell[column]);
        for (auto& f : check.findings) {
            if (f.severity != Severity::error) continue;
            f.field = names[column];
            f.with("field_label", names[column]).with("line", std::to_string(row.line));
            row.findings.push_back(std::move(f));
        }
        out = check.normalized;
    };
    identity(curp, domain::IdentityKind::curp, m.curp);
    identity(rfc, domain::IdentityKind::rfc, m.rfc);
    identity(dni, domain::IdentityKind::dni, m.dni);
    identity(ruc, domain::IdentityKind::ruc, m.ruc);
    m.foreign_card = cell[carne_extranjeria];
    m.bank_account = cell[clabe];

    if (const std::string& sex = required(sexo); !sex.empty()) {
        if (auto parsed = parse_sex(sex, peru)) {
            m.sex = *parsed;
        } else {
            problem("data.bad_sex", sexo).with("value", sex).with("accepted", peru ? "M, F, masculino, femenino"
                                                                                  : "H, M, hombre, mujer");
        }
    }
    if (std::string birth = required(fecha_nacimiento); !birth.empty()) {
        // Excel keeps dates as day numbers; a cell formatted as a date arrives as one.
        if (excel_dates) birth = detail::excel_serial_to_iso(birth).value_or(birth);
        if (auto d = parse_date(birth)) {
            m.birth_date = *d;
        } else {
            problem("staff.bad_date", fecha_nacimiento).with("value", birth);
        }
    }
    if (const std::string& cat = required(categoria); !cat.empty()) {
        if (auto c = domain::category_from_name(cat)) {
            m.category = *c;
        } else {
            problem("data.bad_value", categoria).with("value", cat).with("accepted", "asistencial, administrativo");
        }
    }
    if (const std::string& reg = required(regimen); !reg.empty()) {
        if (auto g = domain::regime_from_name(reg)) {
            m.regime = *g;
        } else {
            problem("data.bad_value", regimen).with("value", reg).with("accepted", "honorarios, cas, locacion, planilla");
        }
    }
    if (!cell[constancia_suspension].empty()) {
        try {
            m.suspension_year = std::stoi(cell[constancia_suspension]);
        } catch (...) {
            problem("data.not_integer", constancia_suspension).with("value", cell[constancia_suspension]);
        }
    }
    if (!cell[activo].empty()) {
        const std::string a = domain::to_lower_es(cell[activo]);
        m.active = !(a == "no" || a == "0" || a == "false" || a == "inactivo");
    }
    if (!m.unit_code.empty() && !unit_set.count(m.unit_code)) {
        problem("staff.unknown_unit", unidad).with("value", m.unit_code);
    }
    if (!domain::has_errors(row.findings)) {
        for (auto& f : domain::check_staff_consistency(m, "")) {
            f.with("line", std::to_string(row.line));
            row.findings.push_back(std::move(f));
        }
    }
}

// The checks shared by CSV and Excel: `table` holds the header, the rows and their lines.
StaffFileRead read_staff_table(document::CsvTable table, std::string_view file_name,
                               const std::vector<std::string>& units, bool excel_dates) {
    StaffFileRead result;
    result.file_findings = table.findings;
    result.header = table.header;
    const auto& known = staff_columns();
    // Where each known column sits in the file.
    std::array<std::optional<std::size_t>, column_count> position{};
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const std::string column = normalise_column(table.header[c]);
        const auto it = std::find(known.begin(), known.end(), column);
        if (it == known.end()) {
            result.file_findings.emplace_back("staff.unknown_column", Severity::error, std::string(file_name));
            result.file_findings.back().with("column", table.header[c]).with("position", std::to_string(c + 1));
        } else if (!position[static_cast<std::size_t>(it - known.begin())]) {
            position[static_cast<std::size_t>(it - known.begin())] = c;
        }
    }
    if (table.header.empty()) result.file_findings.emplace_back("staff.empty", Severity::error, std::string(file_name));
    if (domain::has_errors(result.file_findings)) return result;

    const std::set<std::string> unit_set(units.begin(), units.end());
    result.rows.resize(table.rows.size());
    // Rows are checked on every core (validation is most of reading a 100,000-row file),
    // then compared with each other in file order.
    auto check_rows = [&](std::size_t from, std::size_t to) {
        RowCells cell;
        for (std::size_t r = from; r < to; ++r) {
            StaffRow& row = result.rows[r];
            row.line = table.line_numbers[r];
            row.cells = std::move(table.rows[r]);
            for (std::size_t c = 0; c < column_count; ++c) {
                cell[c] = position[c] && *position[c] < row.cells.size() ? trim(row.cells[*position[c]]) : std::string();
            }
            check_row(row, cell, unit_set, excel_dates);
        }
    };
    const std::size_t rows = result.rows.size();
    const std::size_t workers = rows < 4096 ? 1 : std::max(1U, std::min(8U, std::thread::hardware_concurrency()));
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(check_rows, rows * w / workers, rows * (w + 1) / workers);
    check_rows(0, rows / workers);
    for (auto& t : threads) t.join();

    std::unordered_map<std::string, std::size_t> first_line_of;
    first_line_of.reserve(rows);
    for (auto& row : result.rows) {
        const std::string key = row.member.key();
        if (key.empty()) continue;
        const auto [it, fresh] = first_line_of.emplace(key, row.line);
        if (fresh) continue;
        row.findings.emplace_back("staff.duplicate_in_file", Severity::error, "curp");
        row.findings.back()
            .with("field_label", "CURP")
            .with("line", std::to_string(row.line))
            .with("value", key)
            .with("first", std::to_string(it->second));
    }
    return result;
}

}  // namespace

StaffFileRead read_staff_csv(std::string_view bytes, std::string_view file_name, const std::vector<std::string>& units) {
    if (bytes.find('\0') != std::string_view::npos) {
        StaffFileRead result;
        result.file_findings.emplace_back("staff.not_text", Severity::error, std::string(file_name));
        return result;
    }
    const std::string text = document::to_utf8(bytes);
    return read_staff_table(document::parse_csv(text, file_name, document::detect_delimiter(text)), file_name, units, false);
}

StaffFileRead read_staff_xlsx(const std::string& path, std::string_view file_name, const std::vector<std::string>& units) {
    std::optional<detail::Sheet> sheet;
    try {
        sheet = detail::read_first_sheet(path);
    } catch (const detail::HostileFile& e) {
        StaffFileRead result;
        result.file_findings.emplace_back("file.limit", Severity::error, std::string(file_name));
        result.file_findings.back().with("detail", e.what());
        return result;
    }
    if (!sheet || sheet->rows.empty()) {
        StaffFileRead result;
        result.file_findings.emplace_back(sheet ? "staff.empty" : "staff.not_workbook", Severity::error,
                                          std::string(file_name));
        return result;
    }
    document::CsvTable table;
    table.header = sheet->rows.front();
    for (std::size_t r = 1; r < sheet->rows.size(); ++r) {
        const auto& cells = sheet->rows[r];
        if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); })) continue;
        table.rows.push_back(cells);
        table.row_numbers.push_back(sheet->row_numbers[r]);
        table.line_numbers.push_back(sheet->row_numbers[r]);
    }
    return read_staff_table(std::move(table), file_name, units, true);
}

namespace {

// The export's cells of one person, in staff_columns() order.
std::vector<std::string> staff_cells(const domain::StaffMember& m) {
    return {m.given_names, m.first_surname, m.second_surname, std::string(domain::sex_name(m.sex)), m.birth_date.iso(),
            m.nationality, m.civil_status, m.curp, m.rfc, m.dni, m.foreign_card, m.ruc, m.domicile, m.phone, m.email,
            m.bank_account, m.profession, std::string(domain::category_name(m.category)),
            std::string(domain::regime_name(m.regime)), m.suspension_year ? std::to_string(*m.suspension_year) : "",
            m.unit_code, m.active ? "si" : "no"};
}

}  // namespace

std::string write_staff_csv(const std::vector<domain::StaffMember>& staff) {
    std::string out = "\xEF\xBB\xBF";
    const auto& cols = staff_columns();
    for (std::size_t i = 0; i < cols.size(); ++i) out += (i ? "," : "") + cols[i];
    out += "\r\n";
    for (const auto& m : staff) {
        const std::vector<std::string> cells = staff_cells(m);
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + document::csv_field(cells[i]);
        out += "\r\n";
    }
    return out;
}

bool write_staff_xlsx(const std::vector<domain::StaffMember>& staff, const std::string& path) {
    lxw_workbook* book = workbook_new(path.c_str());
    if (book == nullptr) return false;
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Personal");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    const auto& cols = staff_columns();
    for (std::size_t c = 0; c < cols.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), cols[c].c_str(), bold);
    }
    const auto formats = detail::add_xlsx_formats(book);
    lxw_row_t r = 1;
    for (const auto& m : staff) {
        const std::vector<std::string> cells = staff_cells(m);
        // The birth date and the suspension year are typed; the rest (a DNI, "+52 55…") stays text.
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            if (cols[c] == "fecha_nacimiento" || cols[c] == "constancia_suspension") {
                detail::write_typed_cell(sheet, r, col, cells[c], false, formats);
            } else if (!cells[c].empty()) {
                worksheet_write_string(sheet, r, col, cells[c].c_str(), nullptr);
            }
        }
        ++r;
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

}  // namespace pacta::presentation
