/**
 * The input model every source shares: what Annex A, the SSDA903 return and the CIN census are read and checked
 * with (value parsing, the hardened XML factory) and the groups of codes their indicators use. It sits below the
 * three sources, the ingest path and the indicators, and imports none of them.
 */
package uk.chatbatch.model;
