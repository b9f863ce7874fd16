package org.reassure.casework.web;

import org.reassure.casework.CaseDetail;
import org.reassure.casework.CaseStatus;
import org.reassure.casework.Classification;
import org.reassure.casework.ReviewStatus;
import org.reassure.casework.internal.CaseRules;
import org.reassure.identity.Role;
import org.reassure.identity.StaffPrincipal;

/** Which actions the case page offers this person, by the case's state and their roles. */
record CaseActions(
        boolean record,
        boolean review,
        boolean allocate,
        boolean start,
        boolean decide,
        boolean withdraw,
        boolean finalise,
        boolean close,
        boolean reopen) {

    static CaseActions of(CaseDetail detail, StaffPrincipal me) {
        boolean recorder = me.roles().stream().anyMatch(CaseRules.RECORDERS::contains);
        boolean supervisor = me.hasRole(Role.SUPERVISOR);
        boolean investigator = me.roles().stream().anyMatch(CaseRules.INVESTIGATORS::contains);
        CaseStatus status = detail.status();
        boolean allocated = status == CaseStatus.ALLOCATED || status == CaseStatus.UNDER_INVESTIGATION;
        boolean crime = detail.recording() != null && detail.recording().classification() == Classification.CRIME;
        boolean nchi = detail.recording() != null && detail.recording().classification() == Classification.NCHI;
        return new CaseActions(
                recorder && status == CaseStatus.REPORTED,
                supervisor && detail.recording() != null && detail.recording().review() == ReviewStatus.PENDING,
                supervisor && (status == CaseStatus.RECORDED || allocated),
                investigator && status == CaseStatus.ALLOCATED && crime,
                investigator && allocated,
                investigator && detail.withdrawnAt() == null && (status == CaseStatus.RECORDED || allocated),
                investigator && status == CaseStatus.UNDER_INVESTIGATION,
                investigator
                        && (status == CaseStatus.FINALISED
                                || (nchi && (status == CaseStatus.RECORDED || status == CaseStatus.ALLOCATED))),
                supervisor && (status == CaseStatus.FINALISED || status == CaseStatus.CLOSED));
    }

    public boolean any() {
        return record || review || allocate || start || decide || withdraw || finalise || close || reopen;
    }
}
