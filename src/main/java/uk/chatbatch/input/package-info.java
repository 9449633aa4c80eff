/**
 * A run's typed input as indicators, checks and the report see it: what every source (Annex A, SSDA903, the
 * CIN census) hands on after reading and checking. It sits below the sources and the indicators so that neither
 * imports the other to reach it.
 */
package uk.chatbatch.input;
