#pragma once
// Reportes: which report, its filters as a person types them, the report produced and saving
// it as PDF, XLSX or CSV. The desktop's panel binds its controls to this and draws what it
// says; every rule (dates, ranges, who may) is the service's.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pacta/presentation/reports/report_service.h"

namespace pacta::presentation {

class ReportsViewModel {
public:
    enum class Kind { headcount, payments, contracts, due };
    ReportsViewModel(const Session& session, domain::Store& store) : service_(session, store) { set_kind(Kind::headcount); }

    [[nodiscard]] static std::vector<std::string> kind_labels();
    void set_kind(Kind kind);
    [[nodiscard]] Kind kind() const { return kind_; }

    // The filters, as text: "desde", "hasta" (years, months AAAA-MM or dates dd/mm/aaaa by
    // report), "agrupar" (one of grouping_choices()), "dias" (due dates).
    [[nodiscard]] std::vector<std::string> filter_names() const;
    [[nodiscard]] std::string filter_label(const std::string& name) const;
    [[nodiscard]] std::string filter_hint(const std::string& name) const;
    [[nodiscard]] const std::string& filter(const std::string& name) const;
    void set_filter(const std::string& name, const std::string& value);
    [[nodiscard]] std::vector<std::string> grouping_choices() const;

    // Runs the report with the filters; false with error() saying what to change (the filter
    // named) when they are wrong or the user may not.
    bool produce();
    [[nodiscard]] const std::optional<Report>& report() const { return report_; }
    [[nodiscard]] const std::string& error() const { return error_; }
    // Below the table: the notes of the sections and what did not reconcile.
    [[nodiscard]] std::string notes() const;
    // The suggested file name ("reporte-pagos-2026-12-07.xlsx").
    [[nodiscard]] std::string file_name(const std::string& extension) const;
    // false with error() when the file could not be written.
    bool save(const std::filesystem::path& target);

private:
    ReportService service_;
    Kind kind_ = Kind::headcount;
    std::vector<std::pair<std::string, std::string>> filters_;
    std::optional<Report> report_;
    std::string error_;
};

}  // namespace pacta::presentation
