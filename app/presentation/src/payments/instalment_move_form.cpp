#include "pacta/presentation/payments/instalment_move_form.h"

#include "pacta/domain/money.h"
#include "pacta/locale/catalog.h"

namespace pacta::presentation {

namespace d = pacta::domain;
using locale::fill;
using locale::tr;
using State = d::InstalmentState;

MoveField* MoveForm::field(const std::string& key) {
    for (auto& f : fields) {
        if (f.key == key) return &f;
    }
    return nullptr;
}

const MoveField* MoveForm::field(const std::string& key) const {
    return const_cast<MoveForm*>(this)->field(key);
}

MoveForm move_form(const d::ContractInstalment& instalment, State to, const d::Date& today) {
    MoveForm form;
    form.to = to;
    form.heading = fill(tr("Instalment {number} of {folio}: {person}, {amount}"),
                        {{"number", std::to_string(instalment.record.plan.number)},
                         {"folio", instalment.folio},
                         {"person", instalment.person},
                         {"amount", d::format_money(instalment.record.plan.amount)}});
    form.fields.push_back({"fecha", tr("Date"), MoveField::Kind::date, true, today.iso()});
    if (to == State::report_delivered) {
        form.fields.push_back({"referencia", tr("Report number or file"), MoveField::Kind::text, false, ""});
    }
    if (to == State::paid) {
        form.fields.push_back({"referencia", tr("Transfer reference"), MoveField::Kind::text, false, ""});
        // The fiscal receipt follows the country whose currency the contract pays in.
        if (instalment.record.plan.amount.currency() == d::Currency::PEN) {
            form.fields.push_back({"recibo", tr("Receipt for fees (recibo por honorarios)"), MoveField::Kind::text, false, ""});
            form.fields.push_back({"constancia", tr("4th-category suspension certificate shown"), MoveField::Kind::check,
                                   false, ""});
        } else {
            form.fields.push_back({"cfdi", tr("CFDI folio fiscal"), MoveField::Kind::text, false, ""});
        }
    }
    if (to == State::approved) {
        form.fields.push_back(
            {"aprobado_por", tr("Approved by (the designated supervisor)"), MoveField::Kind::text, false, instalment.supervisor});
    }
    const bool needs_reason = to == State::suspended || to == State::cancelled;
    form.fields.push_back({"motivo", needs_reason ? tr("Reason (required)") : tr("Note"), MoveField::Kind::text, needs_reason, ""});
    return form;
}

FilledMove move_from_form(const MoveForm& form, const d::Date& today) {
    FilledMove filled;
    auto& move = filled.move;
    move.to = form.to;
    const auto text = [&](const char* key) {
        const auto* f = form.field(key);
        return f != nullptr ? f->value : std::string();
    };
    move.on = d::parse_iso_date(text("fecha")).value.value_or(today);
    move.reference = text("referencia");
    move.cfdi_uuid = text("cfdi");
    move.receipt_number = text("recibo");
    move.approved_by = text("aprobado_por");
    move.reason = text("motivo");
    filled.suspension_certificate = !text("constancia").empty();
    return filled;
}

}  // namespace pacta::presentation
