#include "pacta/presentation/contracts/completion_record.h"

#include "pacta/document/model.h"
#include "pacta/locale/catalog.h"
#include "pacta/pdf/contract_pdf.h"
#include "pacta/presentation/contracts/contract_output.h"

namespace pacta::presentation {

namespace {

using locale::fill;
using locale::tr;

document::Block paragraph(std::vector<document::Run> runs) {
    document::Block b;
    b.kind = document::Block::Kind::paragraph;
    b.runs = std::move(runs);
    return b;
}

document::Run plain(std::string text) { return document::Run{std::move(text), false, false, {}}; }
document::Run bold(std::string text) { return document::Run{std::move(text), true, false, {}}; }

}  // namespace

std::string completion_record_pdf(const CompletionFacts& facts) {
    document::Document doc;
    doc.title = fill(tr("Signing record of contract {folio}"), {{"folio", facts.folio}});
    doc.author = facts.institution;
    doc.paper = "carta";
    doc.initials_box = false;
    document::Block heading;
    heading.kind = document::Block::Kind::heading;
    heading.level = 1;
    heading.runs = {plain(tr("SIGNING RECORD"))};
    doc.blocks.push_back(heading);
    doc.blocks.push_back(paragraph(
        {plain(tr("Contract: ")), bold(facts.folio), plain(". "),
         plain(fill(tr("Every signature field was signed with the signer's own certificate; the last one on {date}."),
                    {{"date", facts.made_at}}))}));
    doc.blocks.push_back(paragraph({plain(tr("SHA-256 of the signed PDF: ")), bold(facts.signed_pdf_sha256)}));
    std::size_t n = 0;
    for (const auto& s : facts.signatures) {
        ++n;
        std::string who = s.signer + (s.identity.empty() ? "" : " (" + s.identity + ")");
        doc.blocks.push_back(paragraph(
            {bold(fill(tr("{n}. {field}: "), {{"n", std::to_string(n)}, {"field", s.field}})), plain(who),
             plain(". "),
             plain(fill(tr("Certificate serial {serial}, issued by {issuer}."),
                        {{"serial", s.serial_hex}, {"issuer", s.issuer}})),
             plain(" "),
             plain(s.timestamped ? fill(tr("Time {time}, from a timestamp authority; level PAdES B-T."), {{"time", s.time}})
                                 : fill(tr("Time {time}, as the signer claims it; level PAdES B-B."), {{"time", s.time}}))}));
    }
    doc.blocks.push_back(paragraph(
        {plain(fill(tr("Audit trail after the last signature: row {row}, hash "), {{"row", std::to_string(facts.audit_row)}})),
         bold(facts.audit_hash), plain(".")}));
    doc.blocks.push_back(paragraph({plain(
        tr("Revocation of the certificates (OCSP/CRL) was not checked when signing: Pacta works offline."))}));

    pdf::PdfOptions options;
    options.folio = facts.folio;
    options.initials_box = false;
    options.metadata.title = doc.title;
    options.metadata.author = facts.institution;
    options.metadata.keywords = facts.folio;
    options.metadata.creator = pdf_creator();
    pdf::ContractPdfWriter writer;
    return writer.render(doc, options);
}

}  // namespace pacta::presentation
