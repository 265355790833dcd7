#include "pacta/presentation/reports/transparency_service.h"

#include <regex>

#include <nlohmann/json.hpp>

#include "pacta/locale/catalog.h"
#include "pacta/locale/labels.h"
#include "pacta/presentation/common/display_date.h"
#include "pacta/presentation/common/today.h"
#include "pacta/presentation/institutions/institution_settings_screen.h"
#include "report_building.h"

namespace pacta::presentation {

namespace d = domain;
using locale::fill;
using locale::tr;

namespace {

// What a published cell may not carry even when someone typed it in a service's text: an
// identity number, a bank account or a phone (eight or more digits in a row), a CURP or an
// RFC, an e-mail address.
bool looks_personal(const std::string& text) {
    static const std::regex personal(R"(\d{8,}|[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d|[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{3}|\S+@\S+\.\S+)",
                                     std::regex::icase);
    return std::regex_search(text, personal);
}

// What the contract says it hires for: the service's description, else its first activities,
// else the template's title; never personal data, and bounded (a cell, not the contract).
std::string services_of(const d::PublishedContract& c) {
    std::string out = c.service_description;
    if (out.empty() && !c.activities_json.empty()) {
        try {
            const auto activities = nlohmann::json::parse(c.activities_json);
            int n = 0;
            for (const auto& a : activities) {
                if (!a.is_string() || ++n > 3) break;
                out += (out.empty() ? "" : "; ") + a.get<std::string>();
            }
        } catch (const nlohmann::json::exception&) {
            out.clear();  // Pacta's own JSON; unreadable, the title stands in
        }
    }
    if (out.empty() || looks_personal(out)) out = c.template_title;
    if (out.size() > 1000) {
        auto cut = out.find_last_of(' ', 1000);
        if (cut == std::string::npos) {
            cut = 1000;
            while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // a whole character
        }
        out = out.substr(0, cut) + "…";
    }
    return out;
}

std::string sex_text(d::Sex sex) { return sex == d::Sex::woman ? "Mujer" : "Hombre"; }

std::string joined_url(const std::string& base, const std::string& file) {
    if (base.empty()) return {};
    return base + (base.back() == '/' ? "" : "/") + file;
}

}  // namespace

std::string TransparencyService::public_file_name(const std::string& folio) { return folio + "-publica.pdf"; }

d::Institution TransparencyService::institution(const std::string& code, const char* report) {
    session_.require(d::Permission::read_records, std::string("reporte ") + report, code);
    std::string chosen = code;
    if (chosen.empty()) {
        std::vector<std::string> covered;
        for (const auto& i : store_.institutions().list()) {
            if (session_.user().covers(i.code)) covered.push_back(i.code);
        }
        if (covered.size() != 1) {
            throw AmbiguousInstitution(tr("name the institution whose format this is: the account works for several."));
        }
        chosen = covered.front();
    }
    auto found = store_.institutions().find(chosen);
    if (!found) {
        throw ServiceError(fill(tr("there is no institution «{code}»; «institucion listar» shows the codes."),
                                {{"code", chosen}}));
    }
    return *found;
}

TransparencyService::Period TransparencyService::period(const TransparencyFilters& f) const {
    const auto now = today();
    const unsigned first_month = (now.month() - 1) / 3 * 3 + 1;
    auto from = f.from.value_or(*d::Date::from_ymd(now.year(), first_month, 1));
    auto to = f.to ? *f.to : [&] {
        auto last = d::Date::from_ymd(now.year(), first_month + 2, 28)->add_days(0);
        while (!last.is_last_day_of_month()) last = last.add_days(1);
        return last;
    }();
    if (from > to) {
        throw InvalidInput(fill(tr("the dates are reversed: {from} is after {to}; give the earlier date first."),
                                {{"from", display_date(from.iso())}, {"to", display_date(to.iso())}}),
                           {d::Finding("report.dates_reversed", d::Severity::error, "desde")});
    }
    return {from, to};
}

Report TransparencyService::sipot(const TransparencyFilters& f) {
    const auto inst = institution(f.institution, "sipot");
    if (inst.country != "MX") {
        throw ServiceError(fill(tr("the SIPOT format is Mexico's; {name} is an institution of Peru: use «reporte pte»."),
                                {{"name", inst.name}}));
    }
    const auto p = period(f);
    const auto versions = institution_setting(inst, public_versions_url_setting);
    const auto rules = institution_setting(inst, rules_url_setting);
    const auto area = institution_setting(inst, responsible_area_setting);
    const auto on = today();

    Report report;
    report.kind = "sipot";
    report.title = tr("Contracts for professional services (honorarios): SIPOT format");
    report.institution = inst.name;
    report.filters.push_back(fill(tr("Period reported: {from} to {to}"),
                                  {{"from", display_date(p.from.iso())}, {"to", display_date(p.to.iso())}}));
    report.produced = fill(tr("Produced on {date} by {user}"), {{"date", display_date(on.iso())}, {"user", session_.actor()}});
    ReportSection s;
    s.title = report.title;
    s.sheet = "Reporte de Formatos";
    s.bare = true;
    using K = CellKind;
    s.columns = {{"Ejercicio", K::text, false},
                 {"Fecha de inicio del periodo que se informa", K::date, false},
                 {"Fecha de término del periodo que se informa", K::date, false},
                 {"Tipo de contratación (catálogo)", K::text, false},
                 {"Partida presupuestal de los recursos con que se cubran los honorarios pactados", K::text, false},
                 {"Nombre(s) de la persona contratada", K::text, false},
                 {"Primer apellido de la persona contratada", K::text, false},
                 {"Segundo apellido de la persona contratada", K::text, false},
                 {"Sexo (catálogo)", K::text, false},
                 {"Número de contrato", K::text, false},
                 {"Hipervínculo al contrato", K::text, false},
                 {"Fecha de inicio del contrato", K::date, false},
                 {"Fecha de término del contrato", K::date, false},
                 {"Servicios contratados", K::text, false},
                 {"Remuneración mensual bruta o contraprestación", K::money, false},
                 {"Monto total a pagar", K::money, false},
                 {"Prestaciones, en su caso", K::text, false},
                 {"Hipervínculo a la normatividad que regula la celebración de contratos de honorarios", K::text, false},
                 {"Área(s) responsable(s) que genera(n), posee(n), publica(n) y actualizan la información", K::text, false},
                 {"Fecha de validación", K::date, false},
                 {"Fecha de actualización", K::date, false},
                 {"Nota", K::text, false}};
    for (const auto& c : store_.reports().published(inst.code, p.from, p.to)) {
        std::string note;
        if (versions.empty()) note = "Hipervínculo pendiente: la dirección de las versiones públicas no está configurada.";
        s.rows.push_back({ReportCell::of_text(std::to_string(p.from.year())), ReportCell::of_date(p.from),
                          ReportCell::of_date(p.to),
                          ReportCell::of_text(c.regime == d::Regime::honorarios
                                                  ? "Servicios profesionales por honorarios asimilados a salarios"
                                                  : "Servicios profesionales por honorarios"),
                          ReportCell::of_text(c.budget_account), ReportCell::of_text(c.given_names),
                          ReportCell::of_text(c.first_surname), ReportCell::of_text(c.second_surname),
                          ReportCell::of_text(sex_text(c.sex)), ReportCell::of_text(c.folio),
                          ReportCell::of_text(joined_url(versions, public_file_name(c.folio))), ReportCell::of_date(c.start),
                          ReportCell::of_date(c.end), ReportCell::of_text(services_of(c)),
                          ReportCell::of_money(c.monthly.minor_units(), c.monthly.currency()),
                          ReportCell::of_money(c.total.minor_units(), c.total.currency()),
                          ReportCell::of_text("No se otorgan prestaciones"), ReportCell::of_text(rules),
                          ReportCell::of_text(area), ReportCell::of_date(on), ReportCell::of_date(on),
                          ReportCell::of_text(note)});
        s.row_folios.push_back(c.folio);
    }
    std::vector<std::string> missing;
    if (versions.empty()) missing.push_back(tr("the web address of the public versions"));
    if (rules.empty()) missing.push_back(tr("the web address of the rules"));
    if (area.empty()) missing.push_back(tr("the responsible area"));
    for (const auto& m : missing) {
        report.filters.push_back(fill(tr("Missing in Configuración: {what}"), {{"what", m}}));
    }
    detail::note_if_empty(s);
    session_.record_access("exportar", "transparencia", inst.code,
                           nlohmann::json{{"formato", "sipot"}, {"filas", s.rows.size()}, {"desde", p.from.iso()},
                                          {"hasta", p.to.iso()}}
                               .dump());
    report.sections.push_back(std::move(s));
    return report;
}

Report TransparencyService::pte(const TransparencyFilters& f) {
    const auto inst = institution(f.institution, "pte");
    if (inst.country != "PE") {
        throw ServiceError(fill(tr("the Portal de Transparencia Estándar is Peru's; {name} is an institution of Mexico: use "
                                   "«reporte sipot»."),
                                {{"name", inst.name}}));
    }
    const auto p = period(f);
    const auto on = today();
    Report report;
    report.kind = "pte";
    report.title = tr("Staff and service providers: Portal de Transparencia Estándar");
    report.institution = inst.name;
    report.filters.push_back(fill(tr("Period reported: {from} to {to}"),
                                  {{"from", display_date(p.from.iso())}, {"to", display_date(p.to.iso())}}));
    report.produced = fill(tr("Produced on {date} by {user}"), {{"date", display_date(on.iso())}, {"user", session_.actor()}});
    using K = CellKind;
    ReportSection cas;
    cas.title = tr("CAS staff");
    cas.sheet = "Personal CAS";
    cas.bare = true;
    cas.columns = {{"Año", K::text, false},          {"Mes", K::text, false},
                   {"Régimen laboral", K::text, false}, {"Apellido paterno", K::text, false},
                   {"Apellido materno", K::text, false}, {"Nombres", K::text, false},
                   {"Cargo", K::text, false},        {"Dependencia", K::text, false},
                   {"Remuneraciones", K::money, false}, {"Honorarios", K::money, false},
                   {"Incentivo", K::money, false},   {"Gratificación", K::money, false},
                   {"Otros beneficios", K::money, false}, {"Total", K::money, false},
                   {"Observaciones", K::text, false}};
    ReportSection orders;
    orders.title = tr("Service providers (locadores de servicios)");
    orders.sheet = "Locadores de servicios";
    orders.bare = true;
    orders.columns = {{"Año", K::text, false},       {"Mes", K::text, false},
                      {"Tipo", K::text, false},      {"Número de contrato u orden", K::text, false},
                      {"Fecha", K::date, false},     {"Proveedor", K::text, false},
                      {"Descripción del servicio", K::text, false}, {"Monto", K::money, false},
                      {"Fecha de inicio", K::date, false}, {"Fecha de término", K::date, false}};
    const std::string year = std::to_string(p.to.year());
    const std::string month = (p.to.month() < 10 ? "0" : "") + std::to_string(p.to.month());
    for (const auto& c : store_.reports().published(inst.code, p.from, p.to)) {
        const auto zero = ReportCell::of_money(0, c.monthly.currency());
        if (c.regime == d::Regime::cas) {
            cas.rows.push_back({ReportCell::of_text(year), ReportCell::of_text(month), ReportCell::of_text("CAS"),
                                ReportCell::of_text(c.first_surname), ReportCell::of_text(c.second_surname),
                                ReportCell::of_text(c.given_names), ReportCell::of_text(services_of(c)),
                                ReportCell::of_text(c.unit_name.empty() ? c.unit : c.unit_name),
                                ReportCell::of_money(c.monthly.minor_units(), c.monthly.currency()), zero, zero, zero, zero,
                                ReportCell::of_money(c.monthly.minor_units(), c.monthly.currency()),
                                ReportCell::of_text("Contrato " + c.folio)});
            cas.row_folios.push_back(c.folio);
        } else if (c.regime == d::Regime::locacion) {
            std::string name = c.given_names + " " + c.first_surname;
            if (!c.second_surname.empty()) name += " " + c.second_surname;
            orders.rows.push_back({ReportCell::of_text(year), ReportCell::of_text(month),
                                   ReportCell::of_text("Locación de servicios"), ReportCell::of_text(c.folio),
                                   ReportCell::of_date(c.start), ReportCell::of_text(name),
                                   ReportCell::of_text(services_of(c)),
                                   ReportCell::of_money(c.total.minor_units(), c.total.currency()),
                                   ReportCell::of_date(c.start), ReportCell::of_date(c.end)});
            orders.row_folios.push_back(c.folio);
        }
    }
    detail::note_if_empty(cas);
    detail::note_if_empty(orders);
    session_.record_access("exportar", "transparencia", inst.code,
                           nlohmann::json{{"formato", "pte"}, {"filas", cas.rows.size() + orders.rows.size()},
                                          {"desde", p.from.iso()}, {"hasta", p.to.iso()}}
                               .dump());
    report.sections.push_back(std::move(cas));
    report.sections.push_back(std::move(orders));
    return report;
}

}  // namespace pacta::presentation
