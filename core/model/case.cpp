// SPDX-License-Identifier: GPL-3.0-or-later
#include "case.h"

namespace casebench {

int Case::year() const
{
    if (decisionDate.isValid())
        return decisionDate.year();
    if (hearingDate.isValid())
        return hearingDate.year();
    return 0;
}

QStringList professions::known()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("casebench", text); };
    return {
        tr("Social worker"), tr("Nurse"), tr("Midwife"), tr("Nursing associate"), tr("Doctor"),
        tr("Paramedic"), tr("Physiotherapist"), tr("Occupational therapist"),
        tr("Radiographer"), tr("Biomedical scientist"), tr("Operating department practitioner"),
        tr("Practitioner psychologist"), tr("Speech and language therapist"),
        tr("Dietitian"), tr("Chiropodist / podiatrist"), tr("Hearing aid dispenser"),
        tr("Arts therapist"), tr("Clinical scientist"), tr("Orthoptist"),
        tr("Prosthetist / orthotist"), tr("Dentist"), tr("Dental nurse"), tr("Pharmacist"),
        tr("Pharmacy technician"), tr("Optometrist"), tr("Dispensing optician"),
        tr("Osteopath"),
    };
}

} // namespace casebench
