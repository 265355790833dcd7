// Titles, professions and the words that name a party, as Mexican and Peruvian public-sector
// contracts write them, in the masculine and the feminine.
#include "pacta/domain/gender_agreement.h"

#include <gtest/gtest.h>

#include "pacta/domain/utf8.h"

namespace pacta::domain {
namespace {

struct Pair {
    const char* masculine;
    const char* feminine;
};

const Pair phrases[] = {
    // Professions and degrees.
    {"contador público", "contadora pública"},
    {"contador público colegiado", "contadora pública colegiada"},
    {"licenciado en derecho", "licenciada en derecho"},
    {"licenciado en administración", "licenciada en administración"},
    {"licenciado en enfermería", "licenciada en enfermería"},
    {"abogado", "abogada"},
    {"médico cirujano", "médica cirujana"},
    {"médico veterinario", "médica veterinaria"},
    {"médico general", "médica general"},
    {"médico especialista en pediatría", "médica especialista en pediatría"},
    {"cirujano dentista", "cirujana dentista"},
    {"cirujano dentista colegiado", "cirujana dentista colegiada"},
    {"químico farmacéutico", "química farmacéutica"},
    {"químico farmacobiólogo", "química farmacobióloga"},
    {"tecnólogo médico", "tecnóloga médica"},
    {"ingeniero agrónomo", "ingeniera agrónoma"},
    {"ingeniero de sistemas", "ingeniera de sistemas"},
    {"ingeniero en sistemas computacionales", "ingeniera en sistemas computacionales"},
    {"ingeniero civil", "ingeniera civil"},
    {"ingeniero industrial", "ingeniera industrial"},
    {"ingeniero residente", "ingeniera residente"},
    {"arquitecto", "arquitecta"},
    {"economista", "economista"},
    {"psicólogo", "psicóloga"},
    {"sociólogo", "socióloga"},
    {"odontólogo", "odontóloga"},
    {"biólogo", "bióloga"},
    {"topógrafo", "topógrafa"},
    {"nutricionista", "nutricionista"},
    {"enfermero", "enfermera"},
    {"enfermero técnico", "enfermera técnica"},
    {"obstetra", "obstetra"},
    {"técnico en enfermería", "técnica en enfermería"},
    {"técnico en farmacia", "técnica en farmacia"},
    {"técnico administrativo", "técnica administrativa"},
    {"técnico-administrativo", "técnico-administrativa"},
    {"asistente administrativo", "asistente administrativa"},
    {"auxiliar contable", "auxiliar contable"},
    {"auxiliar de enfermería", "auxiliar de enfermería"},
    {"secretario ejecutivo", "secretaria ejecutiva"},
    {"secretario técnico", "secretaria técnica"},
    {"bachiller en derecho", "bachiller en derecho"},
    {"pasante de derecho", "pasante de derecho"},
    {"practicante profesional", "practicante profesional"},
    {"becario", "becaria"},
    {"profesor de educación primaria", "profesora de educación primaria"},
    {"maestro en administración pública", "maestra en administración pública"},
    {"doctor en ciencias", "doctora en ciencias"},
    {"catedrático", "catedrática"},
    {"docente", "docente"},
    {"investigador", "investigadora"},
    {"trabajador social", "trabajadora social"},
    {"comunicador social", "comunicadora social"},
    {"diseñador gráfico", "diseñadora gráfica"},
    {"traductor", "traductora"},
    {"intérprete", "intérprete"},
    {"perito contable", "perita contable"},
    // Posts in public bodies.
    {"director general", "directora general"},
    {"director ejecutivo", "directora ejecutiva"},
    {"director de la oficina general de administración", "directora de la oficina general de administración"},
    {"subdirector de recursos humanos", "subdirectora de recursos humanos"},
    {"jefe de la unidad de administración", "jefa de la unidad de administración"},
    {"el jefe inmediato superior", "la jefa inmediata superior"},
    {"los jefes de área", "las jefas de área"},
    {"coordinador de proyectos", "coordinadora de proyectos"},
    {"supervisor de obra", "supervisora de obra"},
    {"residente de obra", "residente de obra"},
    {"inspector", "inspectora"},
    {"gestor", "gestora"},
    {"analista programador", "analista programadora"},
    {"programador de sistemas", "programadora de sistemas"},
    {"especialista en contrataciones", "especialista en contrataciones"},
    {"encargado de almacén", "encargada de almacén"},
    {"responsable del área usuaria", "responsable del área usuaria"},
    {"titular de la entidad", "titular de la entidad"},
    {"notario público", "notaria pública"},
    {"juez de paz letrado", "jueza de paz letrado"},
    {"el juez", "la jueza"},
    {"alcalde", "alcaldesa"},
    {"regidor", "regidora"},
    {"síndico procurador", "síndica procuradora"},
    {"presidente municipal", "presidenta municipal"},
    {"el presidente del comité de selección", "la presidenta del comité de selección"},
    {"secretario del ayuntamiento", "secretaria del ayuntamiento"},
    {"tesorero municipal", "tesorera municipal"},
    {"oficial mayor", "oficial mayor"},
    {"gerente municipal", "gerente municipal"},
    {"subgerente de logística", "subgerente de logística"},
    {"procurador público", "procuradora pública"},
    {"auditor interno", "auditora interna"},
    {"asesor legal", "asesora legal"},
    {"asesor jurídico externo", "asesora jurídica externa"},
    {"apoderado legal", "apoderada legal"},
    {"agente del ministerio público", "agente del ministerio público"},
    {"viceministro", "viceministra"},
    {"ministro", "ministra"},
    {"embajador", "embajadora"},
    {"ex director", "ex directora"},
    {"el miembro titular", "la miembro titular"},
    {"el vocal", "la vocal"},
    {"el primer regidor", "la primera regidora"},
    {"el tercer vocal", "la tercera vocal"},
    {"testigo", "testigo"},
    // Trades and support staff.
    {"chofer", "chofer"},
    {"conserje", "conserje"},
    {"vigilante", "vigilante"},
    {"electricista", "electricista"},
    {"mecánico automotriz", "mecánica automotriz"},
    {"operador de maquinaria pesada", "operadora de maquinaria pesada"},
    {"carpintero", "carpintera"},
    {"gasfitero", "gasfitera"},
    {"jardinero", "jardinera"},
    {"cocinero", "cocinera"},
    {"mensajero", "mensajera"},
    {"portero", "portera"},
    {"almacenero", "almacenera"},
    {"cajero", "cajera"},
    {"digitador", "digitadora"},
    {"notificador", "notificadora"},
    {"promotor de salud", "promotora de salud"},
    {"capacitador", "capacitadora"},
    {"facilitador", "facilitadora"},
    {"consultor individual", "consultora individual"},
    // The parties.
    {"el locador", "la locadora"},
    {"locador de servicios", "locadora de servicios"},
    {"el contratista", "la contratista"},
    {"el prestador de servicios", "la prestadora de servicios"},
    {"el representante legal", "la representante legal"},
    {"el trabajador", "la trabajadora"},
    {"el servidor público", "la servidora pública"},
    {"servidor público de confianza", "servidora pública de confianza"},
    {"el funcionario", "la funcionaria"},
    {"el beneficiario", "la beneficiaria"},
    {"el postor ganador", "la postora ganadora"},
    {"el proveedor adjudicado", "la proveedora adjudicada"},
    {"el administrado", "la administrada"},
    {"el usuario", "la usuaria"},
    {"el interesado", "la interesada"},
    {"el suscrito", "la suscrita"},
    {"el que suscribe el presente contrato", "la que suscribe el presente contrato"},
    {"el propio contratado", "la propia contratada"},
    {"el mismo", "la misma"},
    {"el contratado, identificado con DNI N.º 12345678", "la contratada, identificada con DNI N.º 12345678"},
    {"contratado como asesor externo", "contratada como asesora externa"},
    {"contador y auditor", "contadora y auditora"},
    {"domiciliado en la ciudad de Lima", "domiciliada en la ciudad de Lima"},
    {"el señor", "la señora"},
    {"el señor don", "la señora doña"},
    {"don", "doña"},
    {"el C.", "la C."},
    {"el Dr.", "la Dra."},
    {"el Sr.", "la Sra."},
    {"el Mtro.", "la Mtra."},
    {"el Lic.", "la Lic."},
    {"el Ing.", "la Ing."},
    {"el C.P.C.", "la C.P.C."},
    {"del prestador", "de la prestadora"},
    {"al contratado", "a la contratada"},
    {"por el contratante", "por la contratante"},
    {"para el proveedor", "para la proveedora"},
    {"de los servidores públicos", "de las servidoras públicas"},
    {"a los locadores", "a las locadoras"},
    {"los", "las"},
    {"los trabajadores", "las trabajadoras"},
    {"los señores", "las señoras"},
    {"los contratados", "las contratadas"},
    {"un trabajador", "una trabajadora"},
    {"algún servidor", "alguna servidora"},
    {"el cónyuge", "la cónyuge"},
    {"el hijo", "la hija"},
    {"el capitán", "la capitana"},
    {"el anfitrión", "la anfitriona"},
    {"el campeón", "la campeona"},
    {"el patrón", "la patrona"},
    {"bailarín", "bailarina"},
    // Nationality and civil status.
    {"ciudadano mexicano", "ciudadana mexicana"},
    {"mexicano por nacimiento", "mexicana por nacimiento"},
    {"peruano", "peruana"},
    {"colombiano", "colombiana"},
    {"venezolano", "venezolana"},
    {"brasileño", "brasileña"},
    {"hondureño", "hondureña"},
    {"inglés", "inglesa"},
    {"francés", "francesa"},
    {"portugués", "portuguesa"},
    {"japonés", "japonesa"},
    {"alemán", "alemana"},
    {"español", "española"},
    {"estadounidense", "estadounidense"},
    {"israelí", "israelí"},
    {"soltero", "soltera"},
    {"casado", "casada"},
    {"viudo", "viuda"},
    {"divorciado", "divorciada"},
    {"conviviente", "conviviente"},
    {"mayor de edad", "mayor de edad"},
    {"mexicano, soltero, mayor de edad", "mexicana, soltera, mayor de edad"},
};

TEST(AgreePhrase, AtLeastAHundredPhrases) { EXPECT_GE(std::size(phrases), 100u); }

TEST(AgreePhrase, FeminineOfEachPhrase) {
    for (const auto& p : phrases) EXPECT_EQ(agree_phrase(p.masculine, true), p.feminine) << p.masculine;
}

TEST(AgreePhrase, MasculineStaysAsWritten) {
    for (const auto& p : phrases) EXPECT_EQ(agree_phrase(p.masculine, false), p.masculine);
}

TEST(AgreePhrase, AllCapitals) {
    for (const auto& p : phrases) {
        EXPECT_EQ(agree_phrase(to_upper_es(p.masculine), true), to_upper_es(p.feminine)) << p.masculine;
        EXPECT_EQ(agree_phrase(to_upper_es(p.masculine), false), to_upper_es(p.masculine));
    }
}

TEST(AgreePhrase, CapitalisedAtTheStart) {
    for (const auto& p : phrases) {
        EXPECT_EQ(agree_phrase(capitalize_first(p.masculine), true), capitalize_first(p.feminine)) << p.masculine;
    }
}

TEST(AgreePhrase, TheFeminineIsStable) {
    // Agreeing a phrase already in the feminine changes nothing.
    for (const auto& p : phrases) EXPECT_EQ(agree_phrase(p.feminine, true), p.feminine) << p.feminine;
}

TEST(AgreePhrase, ExamplesAsContractsWriteThem) {
    EXPECT_EQ(agree_phrase("EL CONTRATISTA", true), "LA CONTRATISTA");
    EXPECT_EQ(agree_phrase("EL LOCADOR", true), "LA LOCADORA");
    EXPECT_EQ(agree_phrase("EL C.", true), "LA C.");
    EXPECT_EQ(agree_phrase("DEL PRESTADOR", true), "DE LA PRESTADORA");
    EXPECT_EQ(agree_phrase("Del Prestador", true), "De la Prestadora");
    EXPECT_EQ(agree_phrase("Contador Público", true), "Contadora Pública");
    EXPECT_EQ(agree_phrase("Jefe de la Unidad de Administración", true), "Jefa de la Unidad de Administración");
    EXPECT_EQ(agree_phrase("DIRECTOR GENERAL de Administración", true), "DIRECTORA GENERAL de Administración");
    // Capitals without accents, as some offices type them.
    EXPECT_EQ(agree_phrase("CIUDADANO MEXICANO", true), "CIUDADANA MEXICANA");
    EXPECT_EQ(agree_phrase("INGLES", true), "INGLESA");
    EXPECT_EQ(agree_phrase("ALEMAN", true), "ALEMANA");
    EXPECT_EQ(agree_phrase("TECNICO EN ENFERMERIA", true), "TECNICA EN ENFERMERIA");
    // Punctuation and spacing are kept.
    EXPECT_EQ(agree_phrase("(el locador)", true), "(la locadora)");
    EXPECT_EQ(agree_phrase("«EL CONTRATADO»,", true), "«LA CONTRATADA»,");
    EXPECT_EQ(agree_phrase("  el   contador\u00A0público ", true), "  la   contadora\u00A0pública ");
    EXPECT_EQ(agree_phrase("", true), "");
}

TEST(AgreePhrase, WordsThatDoNotVary) {
    for (const char* word : {"mayor", "menor", "superior", "inferior", "anterior", "posterior", "mejor", "peor",
                             "auxiliar", "titular", "militar", "docente", "agente", "gerente", "fiscal", "oficial",
                             "policía", "guía", "especialista", "analista", "pediatra", "feliz", "capaz",
                             "cortés", "interés", "testigo", "joven", "chofer", "chófer", "bachiller", "canciller",
                             "hindú", "marroquí", "o", "y", "no", "como", "dos"}) {
        EXPECT_EQ(agree_phrase(word, true), word);
    }
    // Feminine nouns in -ión are not persons in -ón.
    EXPECT_EQ(agree_phrase("comisión", true), "comisión");
    EXPECT_EQ(agree_phrase("asesores de la dirección", true), "asesoras de la dirección");
}

TEST(FeminineWord, OneWordInItsCase) {
    EXPECT_EQ(feminine_word("CONTADOR"), "CONTADORA");
    EXPECT_EQ(feminine_word("Inglés"), "Inglesa");
    EXPECT_EQ(feminine_word("jefe"), "jefa");
    EXPECT_EQ(feminine_word("Del"), "De la");
    EXPECT_EQ(feminine_word("AL"), "A LA");
    EXPECT_EQ(feminine_word("Dr."), "Dra.");
    EXPECT_EQ(feminine_word("soltero,"), "soltera,");
    EXPECT_EQ(feminine_word("docente"), "docente");
    EXPECT_EQ(feminine_word("actor"), "actriz");
    EXPECT_EQ(feminine_word("ALCALDE"), "ALCALDESA");
    EXPECT_EQ(feminine_word("McDonald"), "McDonald");
}

}  // namespace
}  // namespace pacta::domain
