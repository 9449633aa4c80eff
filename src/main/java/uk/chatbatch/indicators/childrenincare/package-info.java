/**
 * Indicators computed from the SSDA903 (children looked after) return, with DfE's definitions
 * (../shared/reference/indicators.md section 4 and 3.8 to 3.10, 3.12; ssda903.md). Where Annex A also gives a
 * measure, the return's version carries the same id with -903 (CLA-01-903); measures only the return gives keep
 * the catalogue's id (CLA-07B, CLA-09, CLA-17, CLA-22, CL-07).
 *
 * <h2>Choices every indicator here shares</h2>
 * <ul>
 *   <li><b>Years.</b> The reader keeps each record once, the latest collection year's version, so an episode open
 *       at one 31 March is read as the next year's return closed it. Every year supplied is read together.</li>
 *   <li><b>Open-episode errors.</b> An episode with no DEC that is followed by another of the child's episodes ends
 *       when the next starts; one from a collection year before the latest supplied ends on its year's 31 March.
 *       Neither end was recorded, so neither is ever a child ceasing care ({@link
 *       uk.chatbatch.indicators.childrenincare.CareEpisode}).</li>
 *   <li><b>Periods of care.</b> Episodes are joined when one starts on the day the previous ended and its reason
 *       for new episode is not S ({@link uk.chatbatch.indicators.childrenincare.PeriodOfCare}). A start is a period whose
 *       first episode is S; a child ceases when the period's last episode has a recorded DEC and a REC other than
 *       X1. In-window starts count each child once (the first); ceasings once (the last), as DfE counts them.</li>
 *   <li><b>Short breaks.</b> Children looked after under an agreed series of short breaks (legal status V3, V4) are
 *       left out as DfE leaves them out: at a date, by the open episode's status; for starts and ceasings, by the
 *       status of the first or last episode; short-break episodes are never placements.</li>
 *   <li><b>Placements.</b> Traced through the episodes as placements with the same carers: a new one at each new
 *       period of care and each reason for new episode P or B; not at L, T, U, a move to A3 or A5 (adoption by the
 *       current foster carer), a temporary placement (T0 to T4) or the return from one
 *       ({@link uk.chatbatch.indicators.childrenincare.CareHistory}).</li>
 *   <li><b>Windows.</b> Stocks are at the period end T (looked after at the end of that day). The flows that have
 *       Annex A twins (CLA-02-903, CLA-03-903, SGO-01-903) use the run's six months; DfE's year-based measures
 *       (stability, missing, adoption) use the 12 months ending on T. OC2 and OC3 are read for the collection year
 *       ending on the last 31 March on or before T ({@link uk.chatbatch.indicators.childrenincare.OutcomeYear}).</li>
 *   <li><b>Tables not supplied.</b> The return does not say whether an empty table was left out, so an indicator
 *       whose table holds no rows is not computed (list not supplied) rather than reported as zero.</li>
 * </ul>
 */
package uk.chatbatch.indicators.childrenincare;
