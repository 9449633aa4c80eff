/**
 * The input model every source shares: what Annex A, the SSDA903 return and the CIN census are read and checked
 * with (value parsing, the hardened XML factory) and the groups of codes their indicators use. It sits below the
 * three sources, the ingest path and the indicators, and imports none of them. It also holds the key every output is
 * filed under ({@link uk.chatbatch.model.LaPeriod}: one LA and one period end), which output/, datasets/, pipeline/,
 * job/ and rollup/ share.
 */
package uk.chatbatch.model;
