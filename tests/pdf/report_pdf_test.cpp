// Reports rendered as PDFs and checked with public tools nobody here wrote: qpdf, pdffonts,
// pdftotext, pdfinfo (poppler-utils).
#include "pacta/pdf/report_pdf.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace pacta::pdf {
namespace {

namespace fs = std::filesystem;

struct Output {
    int status = -1;
    std::string out;
};

Output run(const std::string& command) {
    Output r;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr) return r;
    char buf[4096];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
    const int status = ::pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

class ReportPdfTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("pacta-report-pdf-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    // $PACTA_REPORT_PDF_KEEP names a directory that keeps a copy, for looking at the pages.
    fs::path save(const std::string& bytes, const std::string& name) {
        const fs::path path = dir_ / name;
        std::ofstream(path, std::ios::binary) << bytes;
        if (const char* keep = std::getenv("PACTA_REPORT_PDF_KEEP")) {
            fs::copy_file(path, fs::path(keep) / name, fs::copy_options::overwrite_existing);
        }
        return path;
    }

    // qpdf --check passes; every font is embedded, subset and Unicode-mapped Liberation Sans.
    static void expect_valid(const fs::path& pdf) {
        const Output check = run("qpdf --check '" + pdf.string() + "'");
        EXPECT_EQ(check.status, 0) << check.out;
        const Output fonts = run("pdffonts '" + pdf.string() + "'");
        ASSERT_EQ(fonts.status, 0) << fonts.out;
        std::istringstream lines(fonts.out);
        std::string line;
        int count = 0;
        for (int skip = 0; skip < 2 && std::getline(lines, line); ++skip) {
        }
        while (std::getline(lines, line)) {
            if (line.empty()) continue;
            ++count;
            EXPECT_NE(line.find("+LiberationSans"), std::string::npos) << line;
            EXPECT_NE(line.find("Identity-H       yes yes yes"), std::string::npos)
                << "emb/sub/uni: " << line;
        }
        EXPECT_GE(count, 1) << fonts.out;
    }

    static int page_count(const fs::path& pdf) {
        const Output info = run("pdfinfo '" + pdf.string() + "'");
        const auto at = info.out.find("Pages:");
        return at == std::string::npos ? -1 : std::atoi(info.out.c_str() + at + 6);
    }

    static std::string text_of(const fs::path& pdf) {
        return run("pdftotext -layout '" + pdf.string() + "' -").out;
    }

    // No word drawn past the right margin (15 mm of an A4 landscape page), nor the bottom one.
    static void expect_inside_margins(const fs::path& pdf) {
        const std::string bbox = run("pdftotext -bbox '" + pdf.string() + "' -").out;
        std::size_t at = 0;
        int words = 0;
        while ((at = bbox.find("<word xMin=\"", at)) != std::string::npos) {
            double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
            ASSERT_EQ(std::sscanf(bbox.c_str() + at,
                                  "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                                  &x_min, &y_min, &x_max, &y_max),
                      4);
            EXPECT_LE(x_max, 841.89 - 42.5 + 0.5) << bbox.substr(at, 120);
            EXPECT_LE(y_max, 595.28 - 42.5 + 3) << bbox.substr(at, 120);
            ++words;
            ++at;
        }
        EXPECT_GT(words, 0);
    }

    fs::path dir_;
};

ReportPdf sample_report(int rows) {
    ReportPdf r;
    r.institution = "Instituto Nacional de Salud Pública";
    r.title = "Pagos programados por régimen";
    r.filters = {"Años: 2024 a 2026", "Régimen: todos · Área: Dirección de Administración"};
    r.produced = "Elaborado el 07/12/2026 a las 15:30 por ana";
    r.creator = "Pacta prueba";

    ReportPdfSection payments;
    payments.title = "Pagos por mes y régimen";
    ReportPdfChart chart;
    chart.title = "Importe programado por mes";
    chart.value_caption = "Programado, $";
    const char* months[] = {"ene 2026", "feb 2026", "mar 2026", "abr 2026", "may 2026", "jun 2026",
                            "jul 2026", "ago 2026", "sep 2026", "oct 2026", "nov 2026", "dic 2026"};
    chart.series = {
        {"Honorarios asimilados", {}}, {"Régimen CAS", {}}, {"Locación de servicios", {}}};
    for (int m = 0; m < 12; ++m) {
        chart.categories.emplace_back(months[m]);
        chart.series[0].values.push_back(850000.0 + 35000.0 * m);
        chart.series[1].values.push_back(m % 4 == 0 ? 0 : 420000.0 + 12500.0 * m);
        chart.series[2].values.push_back(160000.0 + 90000.0 * (m % 3));
    }
    payments.charts.push_back(chart);
    payments.columns = {{"Categoría", false, 2.0},
                        {"Régimen", false, 1.5},
                        {"Persona", false, 2.5},
                        {"Pagos", true, 0.6},
                        {"Importe", true, 1.0}};
    for (int i = 1; i <= rows; ++i) {
        payments.rows.push_back(
            {"Grupo " + std::to_string(i % 7 + 1),
             i % 2 ? "Honorarios asimilados" : "Régimen CAS",
             "Persona número " + std::to_string(i) +
                 (i % 25 == 0 ? " Núñez Ibáñez de la Peña" : ""),
             std::to_string(i % 12 + 1),
             std::to_string(1 + i / 1000) + "," + std::to_string(100 + i % 900) + ",250.00"});
    }
    payments.totals = {"Total", "", "", "1,950", "12,345,678.90"};
    payments.note = "Importes en pesos mexicanos, antes de impuestos.";
    r.sections.push_back(payments);

    // Wide: thirteen amounts to a row make the font shrink.
    ReportPdfSection monthly;
    monthly.title = "Pagos por categoría y mes";
    monthly.columns.push_back({"Categoría", false, 2});
    for (const char* m : months) monthly.columns.push_back({m, true, 1});
    monthly.columns.push_back({"Total del año", true, 1.2});
    for (int c = 1; c <= 8; ++c) {
        auto& row = monthly.rows.emplace_back(
            1, "Grupo " + std::to_string(c) + " de personal de salud");
        for (int m = 0; m <= 12; ++m) {
            row.push_back(std::to_string(c * 3 + m) + "," + std::to_string(100 + m * 37) +
                          ",250.00");
        }
    }
    r.sections.push_back(monthly);

    ReportPdfSection due;
    due.title = "Contratos por vencer";
    due.columns = {{"Folio", false, 1}, {"Categoría", false, 2}, {"Vence", false, 1}};
    for (int i = 0; i < 25; ++i) {
        due.rows.push_back({"INSP-2026-" + std::to_string(100 + i), "Régimen CAS", "31/12/2026"});
    }
    due.note = "Contratos que vencen en los próximos 30 días.";
    r.sections.push_back(due);
    return r;
}

TEST_F(ReportPdfTest, TwoSectionsOverSeveralPagesPassPublicTools) {
    const std::string bytes = render_report_pdf(sample_report(300));
    const fs::path pdf = save(bytes, "informe.pdf");
    expect_valid(pdf);

    const Output info = run("pdfinfo '" + pdf.string() + "'");
    EXPECT_NE(info.out.find("Title:           Pagos programados por régimen"), std::string::npos)
        << info.out;
    EXPECT_NE(info.out.find("Author:          Instituto Nacional de Salud Pública"),
              std::string::npos)
        << info.out;
    EXPECT_NE(info.out.find("Creator:         Pacta prueba"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("841.89 x 595.28 pts (A4)"), std::string::npos) << info.out;

    const int pages = page_count(pdf);
    ASSERT_GE(pages, 4);
    const std::string text = text_of(pdf);
    for (const char* phrase :
         {"Categoría", "Régimen", "Años: 2024 a 2026", "Persona número 300", "12,345,678.90",
          "Importe programado por mes", "Programado, $", "Honorarios asimilados", "Núñez Ibáñez",
          "Importes en pesos mexicanos", "INSP-2026-124", "Contratos que vencen"}) {
        EXPECT_NE(text.find(phrase), std::string::npos) << phrase;
    }
    // Form feeds end pages: the header's column title (no cell says «Categoría») and the foot
    // on every one.
    std::size_t start = 0;
    int page = 0;
    while (page < pages) {
        const std::size_t end = std::min(text.find('\f', start), text.size());
        const std::string one = text.substr(start, end - start);
        ++page;
        EXPECT_NE(one.find("Categoría"), std::string::npos) << "page " << page;
        EXPECT_NE(one.find("Instituto Nacional de Salud Pública"), std::string::npos)
            << "page " << page;
        const std::string foot = "Página " + std::to_string(page) + " de " + std::to_string(pages);
        EXPECT_NE(one.find(foot), std::string::npos) << foot;
        start = end + 1;
    }
    EXPECT_EQ(page, pages);
    expect_inside_margins(pdf);
}

TEST_F(ReportPdfTest, EmptyTablePrintsItsHeaderAndNote) {
    ReportPdf r;
    r.institution = "Municipalidad de Miraflores";
    r.title = "Personal por régimen";
    r.produced = "Elaborado el 07/12/2026";
    ReportPdfSection s;
    s.title = "Personal";
    s.columns = {{"Régimen", false, 2}, {"Personas", true, 1}};
    s.note = "Sin personal en el periodo elegido.";
    ReportPdfChart zero;
    zero.title = "Personas por mes";
    zero.categories = {"ene", "feb", "mar"};
    zero.series = {{"CAS", {0, 0, 0}}};
    zero.empty_note = "Sin datos en el periodo";
    s.charts.push_back(zero);
    r.sections.push_back(s);
    r.sections.push_back({});  // a section with nothing at all

    const fs::path pdf = save(render_report_pdf(r), "vacio.pdf");
    expect_valid(pdf);
    EXPECT_EQ(page_count(pdf), 1);
    const std::string text = text_of(pdf);
    for (const char* phrase : {"Régimen", "Personas", "Sin personal en el periodo elegido.",
                               "Sin datos en el periodo", "Página 1 de 1"}) {
        EXPECT_NE(text.find(phrase), std::string::npos) << phrase << "\n" << text;
    }
}

TEST_F(ReportPdfTest, LongCellsAndCharactersTheFontLacksDoNotBreakIt) {
    ReportPdf r = sample_report(3);
    r.title = "Informe 漢字 😀";
    r.institution = std::string(400, 'I');
    r.filters.push_back(std::string(3000, 'f'));
    auto& s = r.sections.front();
    std::string words;
    while (words.size() < 5000) words += "palabra ";
    s.rows.push_back({std::string(5000, 'x'), words, "Tokio 漢字 \x01\t€ ok", "1", "2"});
    s.rows.push_back({"", "", "", "", ""});
    s.rows.push_back({"solo una celda"});
    s.charts.front().categories.push_back(std::string(300, 'c'));
    s.charts.front().series.push_back({"😀", {1e12, -5, std::nan("")}});
    ReportPdf many = sample_report(4000);
    many.sections.front().charts.clear();

    std::string bytes;
    ASSERT_NO_THROW(bytes = render_report_pdf(r));
    const fs::path pdf = save(bytes, "largo.pdf");
    expect_valid(pdf);
    const std::string text = text_of(pdf);
    EXPECT_NE(text.find("Tokio ?? "), std::string::npos);
    EXPECT_NE(text.find("€ ok"), std::string::npos);
    expect_inside_margins(pdf);

    ASSERT_NO_THROW(bytes = render_report_pdf(many));
    const fs::path big = save(bytes, "muchas.pdf");
    expect_valid(big);
    EXPECT_GT(page_count(big), 50);
}

}  // namespace
}  // namespace pacta::pdf
