/**
 * A run's typed input as indicators, checks and the report see it: what every source (Annex A, SSDA903, the
 * CIN census) hands on after reading and checking. It sits below the sources and the indicators so that neither
 * imports the other to reach it. The reference files a job names ({@link uk.chatbatch.input.PostcodeCentroids}) are
 * read here too, before any indicator is computed, so an indicator stays a pure function of its rows and context.
 */
package uk.chatbatch.input;
