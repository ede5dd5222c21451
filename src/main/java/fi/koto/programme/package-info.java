/**
 * Municipal integration programmes and their regional review cycle. A coordinator files the programme of one or
 * several municipalities (under Act 1386/2010 §33 or Act 681/2023 ch. 5), in Finnish and, where any of them is
 * bilingual or Swedish-speaking, also in Swedish; an official of the authority serving the municipality reviews
 * it, pins notes to sections, judges a checklist, sends it back with a reason and finally approves it. The state
 * enum owns the allowed transitions; each transition is one boundary method with a permission, precondition
 * checks, one audit record, one timeline row and a CDI event. Every submission is kept readable as it was.
 */
package fi.koto.programme;
