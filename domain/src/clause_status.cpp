#include "pacta/domain/ports/review.h"

namespace pacta::domain {

std::string_view clause_status_name(ClauseStatus status) {
    switch (status) {
        case ClauseStatus::borrador: return "borrador";
        case ClauseStatus::aprobada: return "aprobada";
        case ClauseStatus::retirada: return "retirada";
    }
    return "";
}

}  // namespace pacta::domain
