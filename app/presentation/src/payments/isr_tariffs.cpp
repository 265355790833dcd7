#include "pacta/presentation/payments/isr_tariffs.h"

#include <algorithm>
#include <regex>
#include <set>

#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"
#include "pacta/locale/finding_messages.h"
#include "pacta/presentation/institutions/institution_service.h"

namespace pacta::presentation {

namespace d = domain;
using locale::fill;
using locale::tr;

namespace {

const std::regex stored_name(R"(isr_mensual_(\d{4}))");

std::string figure(std::int64_t centavos) { return d::format_amount_digits(d::Money(centavos, d::Currency::MXN)); }

// A setting holds one line (no control characters): the table's rows, comments left out,
// joined by ';', and split again when read.
std::string one_line(const std::string& csv) {
    std::string out, line;
    std::size_t start = 0;
    while (start < csv.size()) {
        auto end = csv.find('\n', start);
        if (end == std::string::npos) end = csv.size();
        line = csv.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty() && line.front() != '#') out += (out.empty() ? "" : ";") + line;
        start = end + 1;
    }
    return out;
}

std::string as_lines(std::string stored) {
    std::replace(stored.begin(), stored.end(), ';', '\n');
    return stored;
}

}  // namespace

std::string isr_tariff_setting(int year) { return "isr_mensual_" + std::to_string(year); }

void add_stored_tariffs(d::WithholdingRules& rules, const d::Institution& institution) {
    for (const auto& [key, csv] : institution.settings) {
        std::smatch m;
        if (!std::regex_match(key, m, stored_name)) continue;
        try {
            rules.add_tariff(d::parse_monthly_tariff(std::stoi(m[1].str()), as_lines(csv)));
        } catch (const d::RuleError&) {
            // Checked when imported; a table changed by hand since is left out, and paying in
            // its year says the table is missing.
        }
    }
}

RuleData load_rule_data_for(const d::Institution* institution, d::Currency currency) {
    auto data = load_installed_rule_data(currency);
    if (institution != nullptr) add_stored_tariffs(data.withholding, *institution);
    return data;
}

std::vector<int> years_without_tariff(const std::vector<d::Instalment>& schedule, d::Regime regime,
                                      const d::Institution* institution) {
    if (regime != d::Regime::honorarios || schedule.empty()) return {};
    const auto rules = load_rule_data_for(institution, schedule.front().amount.currency());
    std::set<int> missing;
    for (const auto& i : schedule) {
        if (!rules.withholding.has_tariff(i.due.year())) missing.insert(i.due.year());
    }
    return {missing.begin(), missing.end()};
}

IsrTariffsViewModel::IsrTariffsViewModel(const Session& session, d::InstitutionRepository& institutions,
                                         std::string institution_code)
    : session_(session), institutions_(institutions), code_(std::move(institution_code)) {}

std::vector<IsrTariffsViewModel::Year> IsrTariffsViewModel::years() const {
    const auto institution = institutions_.find(code_);
    std::set<int> stored;
    if (institution) {
        for (const auto& [key, csv] : institution->settings) {
            std::smatch m;
            if (std::regex_match(key, m, stored_name)) stored.insert(std::stoi(m[1].str()));
        }
    }
    const auto bundled = load_installed_rule_data(d::Currency::MXN);
    std::vector<Year> out;
    for (int y = 2000; y <= 2100; ++y) {
        if (stored.contains(y)) out.push_back({y, true});
        else if (bundled.withholding.has_tariff(y)) out.push_back({y, false});
    }
    return out;
}

std::vector<std::string> IsrTariffsViewModel::year_lines() const {
    std::vector<std::string> out;
    for (const auto& y : years()) {
        out.push_back(fill(y.stored ? tr("{year} · imported in Configuración") : tr("{year} · included with Pacta"),
                           {{"year", std::to_string(y.year)}}));
    }
    return out;
}

bool IsrTariffsViewModel::editable() const { return session_.user().may(d::Permission::manage_institutions); }

bool IsrTariffsViewModel::read(const std::string& csv, const std::string& file_name, int year) {
    error_.clear();
    preview_.clear();
    csv_.clear();
    year_ = 0;
    if (year == 0) {
        std::smatch m;
        static const std::regex named(R"(.*isr-mensual-(\d{4})\.csv)");
        if (std::regex_match(file_name, m, named)) year = std::stoi(m[1].str());
    }
    if (year < 2000 || year > 2100) {
        error_ = tr("say which year the table is for: name the file isr-mensual-AAAA.csv, as the tables included with "
                    "Pacta are.");
        return false;
    }
    if (csv.size() > 64 * 1024) {
        error_ = fill(tr("«{file}» is too large for a tariff table (64 KB at most)."), {{"file", file_name}});
        return false;
    }
    d::MonthlyTariff tariff;
    try {
        tariff = d::parse_monthly_tariff(year, csv);
    } catch (const d::RuleError& e) {
        error_ = fill(tr("«{file}»: {problem}"), {{"file", file_name}, {"problem", locale::describe(e.finding())}});
        return false;
    }
    // The shape of the law's table: several brackets from the first centavo, rising limits and
    // rates, none above 35 %.
    const auto& b = tariff.brackets;
    bool shaped = b.size() >= 5 && b.front().lower == 1;
    for (std::size_t i = 1; shaped && i < b.size(); ++i) {
        shaped = b[i].lower > b[i - 1].lower && b[i].rate_bp >= b[i - 1].rate_bp && b[i].fixed >= b[i - 1].fixed;
    }
    for (const auto& bracket : b) shaped = shaped && bracket.rate_bp > 0 && bracket.rate_bp <= 3500;
    if (!shaped) {
        // xgettext:no-c-format
        error_ = fill(tr("«{file}» does not have the shape of the monthly ISR table: at least five rows from 0.01, "
                         "with rising limits, fixed fees and rates (at most 35 %), as in Anexo 8 of the RMF."),
                      {{"file", file_name}});
        return false;
    }
    for (const auto& bracket : b) {
        const auto whole = bracket.rate_bp / 100, part = bracket.rate_bp % 100;
        // xgettext:no-c-format
        preview_.push_back(fill(tr("from {lower}: fixed fee {fixed} plus {rate} % of the excess"),
                                {{"lower", figure(bracket.lower)},
                                 {"fixed", figure(bracket.fixed)},
                                 {"rate", std::to_string(whole) + "." + (part < 10 ? "0" : "") + std::to_string(part)}}));
    }
    csv_ = one_line(csv);
    year_ = year;
    return true;
}

bool IsrTariffsViewModel::save() {
    error_.clear();
    if (csv_.empty()) {
        error_ = tr("read a table first.");
        return false;
    }
    return attempt(error_, [&] {
        const auto opened = institutions_.find(code_);
        if (!opened) throw ServiceError(fill(tr("there is no institution «{code}»."), {{"code", code_}}));
        auto changed = *opened;
        changed.settings[isr_tariff_setting(year_)] = csv_;
        InstitutionService(session_, institutions_).save_over(changed, *opened);
    });
}

}  // namespace pacta::presentation
