// The desktop at an office's size: the time from opening the database to the main window
// drawn (login included, as a person waits for it), the resident memory then, and the time
// each screen takes to show. Prints "name seconds" lines for bench_scale; run under xvfb-run.
// Usage: bench_desktop DATABASE USER PASSWORD FOLIO
#include <chrono>
#include <cstdio>
#include <thread>

#include <sys/resource.h>
#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/init.h>

#include "gui_locale.h"
#include "gui_workspace.h"
#include "main_frame.h"

namespace {

using namespace pacta;
using clock_type = std::chrono::steady_clock;

class BenchApp : public wxApp {
public:
    bool OnInit() override { return true; }
};

// Until every pending event (drawing included) has been handled.
void settle() {
    for (int i = 0; i < 3; ++i) wxTheApp->Yield(true);
}

double since(clock_type::time_point start) { return std::chrono::duration<double>(clock_type::now() - start).count(); }

double resident_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace

wxIMPLEMENT_APP_NO_MAIN(BenchApp);

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "uso: bench_desktop BASE USUARIO CLAVE FOLIO\n");
        return 2;
    }
    wxEntryStart(argc, argv);
    if (!wxTheApp->CallOnInit()) return 1;
    const auto settings = std::filesystem::temp_directory_path() / ("pacta-bench-desktop-" + std::to_string(::getpid()) + ".ini");
    wxConfigBase::Set(new wxFileConfig("pacta", wxEmptyString, settings.string(), wxEmptyString, wxCONFIG_USE_LOCAL_FILE));
    gui::set_up_language();
    const std::string user = argv[2];
    const std::string password = argv[3];
    const std::string folio = argv[4];

    const auto start = clock_type::now();
    auto workspace = gui::open_gui_workspace(argv[1]);
    if (!workspace->office->log_in(user, password).user) {
        std::fprintf(stderr, "no se pudo entrar como %s\n", user.c_str());
        return 1;
    }
    auto* frame = new gui::MainFrame(*workspace);
    frame->SetSize(1024, 700);
    frame->Show();
    settle();
    std::printf("inicio_de_sesion_y_ventana %.4f\n", since(start));
    std::printf("memoria_al_abrir_MB %.1f\n", resident_mb());

    const std::pair<gui::MainFrame::Screen, const char*> screens[] = {
        {gui::MainFrame::contracts, "pantalla_contratos"}, {gui::MainFrame::staff, "pantalla_personal"},
        {gui::MainFrame::payments, "pantalla_pagos"},      {gui::MainFrame::audit, "pantalla_auditoria"},
        {gui::MainFrame::home, "pantalla_inicio"}};
    for (const auto& [screen, name] : screens) {
        const auto shown = clock_type::now();
        frame->show_screen(screen);
        settle();
        std::printf("%s %.4f\n", name, since(shown));
    }
    const auto opened = clock_type::now();
    frame->open_contract(folio);
    settle();
    std::printf("abrir_contrato %.4f\n", since(opened));
    std::printf("memoria_maxima_MB %.1f\n", resident_mb());
    std::fflush(stdout);
    frame->Destroy();
    settle();
    delete wxConfigBase::Set(nullptr);
    std::filesystem::remove(settings);
    wxEntryCleanup();
    return 0;
}
