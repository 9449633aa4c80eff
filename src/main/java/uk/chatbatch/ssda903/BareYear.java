package uk.chatbatch.ssda903;

import uk.chatbatch.model.table.CollectionYear;

/**
 * What a lone four-digit year in a file or folder name ("2017-episodes.csv", "2017/header.csv",
 * "SSDA903_2020_episodes.csv") means. Public tools disagree: cs-demand-model's 2017 files cover
 * 1 April 2017 to 31 March 2018, liia-tools reads 2017 as the year ending 31 March 2017. Labels
 * with both years ("2017-18", "201718") are never ambiguous and ignore this setting.
 */
public enum BareYear {
    /** 2017 is the collection starting 1 April 2017 (2017-18). The default. */
    START_YEAR,
    /** 2017 is the collection ending 31 March 2017 (2016-17), as liia-tools reads it. */
    END_YEAR;

    CollectionYear toCollectionYear(int year) {
        return this == START_YEAR ? CollectionYear.startingIn(year) : CollectionYear.endingIn(year);
    }
}
