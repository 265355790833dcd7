#include "pacta/presentation/contracts/settlement.h"

#include "pacta/domain/amount_in_words.h"
#include "pacta/domain/spanish_dates.h"

namespace pacta::presentation {

namespace d = domain;
using document::Block;
using document::Run;
using document::Runs;

namespace {

Run text(std::string t) { return Run{std::move(t), false, false, ""}; }
Run bold(std::string t) { return Run{std::move(t), true, false, ""}; }

std::string with_words(d::Money amount) {
    const d::Money shown(amount.minor_units() < 0 ? -amount.minor_units() : amount.minor_units(), amount.currency());
    return d::format_money(shown) + " (" + d::amount_in_words(shown) + ")";
}

Block paragraph(Runs runs) {
    Block b;
    b.kind = Block::Kind::paragraph;
    b.runs = std::move(runs);
    return b;
}

std::string cause_text(const d::TerminationRequest& r) {
    switch (r.cause) {
        case d::TerminationCause::notice:
            return "anticipadamente por aviso dado el " + d::long_date(r.notice_given) + ", con " +
                   std::to_string(r.notice_days) + " días naturales de anticipación";
        case d::TerminationCause::rescission: return "por rescisión";
        case d::TerminationCause::interruption:
            return "anticipadamente por la interrupción de la prestación de los servicios sin causa justificada";
    }
    return {};
}

std::string instalment_line(const d::InstalmentSettlement& i) {
    const auto& p = i.before.plan;
    std::string line = "Exhibición " + std::to_string(p.number) + ", periodo del " + d::long_date(p.period_start) +
                       " al " + d::long_date(p.period_end) + ", por " + d::format_money(p.amount) + ": ";
    switch (i.outcome) {
        case d::InstalmentSettlement::Outcome::unchanged:
            if (i.before.state == d::InstalmentState::cancelled) return line + "cancelada con anterioridad.";
            return line + (i.before.state == d::InstalmentState::paid ? "devengada y pagada." : "devengada, pendiente de pago.");
        case d::InstalmentSettlement::Outcome::prorated:
            return line + "se ajusta a " + d::format_money(i.earned) + " por " + std::to_string(i.days_served) +
                   " de " + std::to_string(i.period_days) + " días servidos, hasta el " +
                   d::long_date(i.after.plan.period_end) + ".";
        case d::InstalmentSettlement::Outcome::cancelled: return line + "se cancela.";
        case d::InstalmentSettlement::Outcome::paid_beyond:
            return line + "pagada; se devengan " + d::format_money(i.earned) + ".";
    }
    return line;
}

}  // namespace

document::Document settlement_document(const SettlementParties& parties, const d::Settlement& s) {
    document::Document doc;
    doc.template_id = "finiquito";
    doc.template_version = 1;
    doc.title = "Finiquito del contrato " + parties.folio;
    doc.author = parties.institution;
    doc.subject = "Terminación anticipada y finiquito";
    doc.country = parties.country;
    doc.paper = parties.paper;
    doc.initials_box = false;

    Block title;
    title.kind = Block::Kind::heading;
    title.level = 1;
    title.runs = {bold("FINIQUITO DEL CONTRATO " + parties.folio)};
    doc.blocks.push_back(title);

    const auto& r = s.request;
    doc.blocks.push_back(paragraph(
        {text("Contrato "), bold(parties.folio),
         text(" celebrado entre " + parties.institution + " y "), Run{parties.provider, true, false, "Nombre"},
         text(", con vigencia del " + d::long_date(r.term_start) + " al " + d::long_date(r.term_end) +
             " y un monto total de " + with_words(parties.total) + ".")}));
    std::string ending = "El contrato termina " + cause_text(r) + ". El último día de servicios es el " +
                         d::long_date(r.last_day) + ".";
    if (!r.reason.empty()) ending += " Motivo: " + r.reason + ".";
    doc.blocks.push_back(paragraph({text(ending)}));

    Block list;
    list.kind = Block::Kind::list;
    list.list_style = document::ListStyle::bullet;
    for (const auto& i : s.instalments) list.items.push_back({text(instalment_line(i))});
    doc.blocks.push_back(list);

    doc.blocks.push_back(paragraph({text("Importe devengado por los días servidos: "), bold(with_words(s.earned)),
                                    text(".")}));
    doc.blocks.push_back(paragraph({text("Importe pagado a la fecha: "), bold(with_words(s.paid)), text(".")}));
    const bool owed = s.balance.minor_units() >= 0;
    doc.blocks.push_back(paragraph(
        {text(owed ? "Saldo a favor del prestador de los servicios: " : "Importe que el prestador de los servicios debe reintegrar: "),
         bold(with_words(s.balance)),
         text(owed ? ", que se pagará previa entrega del informe correspondiente." : ".")}));
    doc.blocks.push_back(paragraph({text("Las partes firman el presente finiquito de conformidad y manifiestan que, "
                                        "cubierto el saldo indicado, no se reservan acción ni derecho alguno que "
                                        "ejercer derivado del contrato.")}));

    Block signatures;
    signatures.kind = Block::Kind::signatures;
    signatures.signatories.push_back({parties.representative, parties.representative_title, "POR LA INSTITUCIÓN",
                                      "firma_representante", "", ""});
    signatures.signatories.push_back({parties.provider, "PRESTADOR DE LOS SERVICIOS", "", "firma_prestador", "", ""});
    doc.blocks.push_back(signatures);
    return doc;
}

}  // namespace pacta::presentation
