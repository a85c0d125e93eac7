// temporal_test.cpp — TIMEX3 tagging of English news phrases through the public API (table-driven).
// Each row: a sentence, the DCT passed as AnalyzeOptions::dct ("" = none), then the extent of one expected timex
// with its type, value and mod. An empty extent means the sentence must yield no timex at all.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "storylens/analysis.hpp"

namespace storylens {
namespace {

struct TimexCase {
    const char* text;
    const char* dct;
    const char* extent;
    const char* type;
    const char* value;
    const char* mod;
};

std::string describe(const Analysis& a) {
    std::ostringstream s;
    for (const Timex& t : a.timexes)
        s << " [" << t.span.of(a.source.text) << " " << t.type << " " << timex3_value(t.time) << (t.time.mod == TimeMod::None ? "" : " ")
          << timex3_mod(t.time.mod) << "]";
    return s.str();
}

const Timex* find_extent(const Analysis& a, std::string_view extent) {
    for (const Timex& t : a.timexes)
        if (t.span.of(a.source.text) == extent) return &t;
    return nullptr;
}

TEST(Temporal, NewsPhraseTable) {
    const TimexCase cases[] = {
        // ---- explicit dates, months, years, decades, quarters, seasons, centuries (DCT 2025-04-05, a Saturday)
        {"The ceasefire took effect on 6 March 2025.", "2025-04-05", "6 March 2025", "DATE", "2025-03-06", ""},
        {"The ceasefire took effect on March 6, 2025.", "2025-04-05", "March 6, 2025", "DATE", "2025-03-06", ""},
        {"Officials met on Mar. 6 to discuss the plan.", "2025-04-05", "Mar. 6", "DATE", "2025-03-06", ""},
        {"The contract was signed on 6/3/2025.", "2025-04-05", "6/3/2025", "DATE", "2025-06-03", ""},
        {"The contract was signed on 13/3/2025.", "2025-04-05", "13/3/2025", "DATE", "2025-03-13", ""},
        {"The report was published on 2025-03-06.", "2025-04-05", "2025-03-06", "DATE", "2025-03-06", ""},
        {"The city grew rapidly in the 1990s.", "2025-04-05", "the 1990s", "DATE", "199", ""},
        {"The city grew rapidly in the '90s.", "2025-04-05", "the '90s", "DATE", "199", ""},
        {"He grew up in Houston in the \u201980s.", "2025-04-05", "the \u201980s", "DATE", "198", ""},
        {"Sales fell during the 1998-99 season.", "2025-04-05", "1998-99", "DATE", "1998", ""},
        {"The company lost money in fiscal 1999.", "2025-04-05", "fiscal 1999", "DATE", "1999", ""},
        {"Profits rose in the third quarter of 2024.", "2025-04-05", "the third quarter of 2024", "DATE", "2024-Q3", ""},
        {"Protests erupted in early December.", "2025-04-05", "early December", "DATE", "2024-12", "START"},
        {"The first shipments arrived in January.", "2025-04-05", "January", "DATE", "2025-01", ""},
        {"The law was passed in March 2023.", "2025-04-05", "March 2023", "DATE", "2023-03", ""},
        {"Troops entered the city on 3 March. A day later, they withdrew.", "2025-04-05", "3 March", "DATE", "2025-03-03", ""},
        {"Troops entered the city on 3 March. Two days later, the mayor fled.", "2025-04-05", "3 March", "DATE", "2025-03-03", ""},
        {"The economy is expected to recover by mid-2026.", "2025-04-05", "mid-2026", "DATE", "2026", "MID"},
        {"The conflict has killed thousands since 2011.", "2025-04-05", "2011", "DATE", "2011", ""},
        {"The agreement was reached on Sept. 14, 2024.", "2025-04-05", "Sept. 14, 2024", "DATE", "2024-09-14", ""},
        {"The company was founded in 1998.", "2025-04-05", "1998", "DATE", "1998", ""},
        {"The museum reopened on April 1st.", "2025-04-05", "April 1st", "DATE", "2025-04-01", ""},
        {"He was born on the 4th of July, 1976.", "2025-04-05", "4th of July, 1976", "DATE", "1976-07-04", ""},
        {"The deadline is 31 December 2025.", "2025-04-05", "31 December 2025", "DATE", "2025-12-31", ""},
        {"The trial began on Jan. 15 and ended on Feb. 2.", "2025-04-05", "Jan. 15", "DATE", "2025-01-15", ""},
        {"The trial began on Jan. 15 and ended on Feb. 2.", "2025-04-05", "Feb. 2", "DATE", "2025-02-02", ""},
        {"Officials said the bridge would open in June 2026.", "2025-04-05", "June 2026", "DATE", "2026-06", ""},
        {"The measure passed in late February.", "2025-04-05", "late February", "DATE", "2025-02", "END"},
        {"The fire broke out in mid-January.", "2025-04-05", "mid-January", "DATE", "2025-01", "MID"},
        {"Construction began in the spring.", "2025-04-05", "the spring", "DATE", "2025-SP", ""},
        {"The agency expects growth to slow in the second half.", "2025-04-05", "the second half", "DATE", "2025-H2", ""},
        {"The company reported record sales in the fourth quarter of 2024.", "2025-04-05", "the fourth quarter of 2024", "DATE", "2024-Q4", ""},
        {"The company reported a loss in Q4.", "2025-04-05", "Q4", "DATE", "2024-Q4", ""},
        {"He was re-elected in 2020 and again in 2024.", "2025-04-05", "2020", "DATE", "2020", ""},
        {"He was re-elected in 2020 and again in 2024.", "2025-04-05", "2024", "DATE", "2024", ""},
        {"The city was founded in the 18th century.", "2025-04-05", "the 18th century", "DATE", "17", ""},
        {"The accord was signed on 6 March. The next day, fighting resumed.", "2025-04-05", "6 March", "DATE", "2025-03-06", ""},
        {"The accord was signed on 6 March. The following week, talks collapsed.", "2025-04-05", "6 March", "DATE", "2025-03-06", ""},
        {"The aid arrived on 6 March. The day before, the road had been cleared.", "2025-04-05", "6 March", "DATE", "2025-03-06", ""},
        {"The summer was unusually hot.", "2025-04-05", "The summer", "DATE", "2024-SU", ""},
        {"Prices were higher in the summer.", "2025-04-05", "the summer", "DATE", "2024-SU", ""},
        {"The cuts take effect in the spring of 2026.", "2025-04-05", "the spring of 2026", "DATE", "2026-SP", ""},
        {"Talks are expected to resume in the autumn.", "2025-04-05", "the autumn", "DATE", "2025-FA", ""},
        {"The vote took place in the early 1980s.", "2025-04-05", "the early 1980s", "DATE", "198", "START"},
        {"The economy boomed in the late 1990s.", "2025-04-05", "the late 1990s", "DATE", "199", "END"},
        {"The war began in the mid-1960s.", "2025-04-05", "the mid-1960s", "DATE", "196", "MID"},
        {"He moved to London in 2019.", "2025-04-05", "2019", "DATE", "2019", ""},
        {"The merger closed in October of 2023.", "2025-04-05", "October of 2023", "DATE", "2023-10", ""},
        {"The 2024 election was closely watched.", "2025-04-05", "2024", "DATE", "2024", ""},
        {"She has lived here since 2011.", "2025-04-05", "2011", "DATE", "2011", ""},
        {"The unrest has continued since January.", "2025-04-05", "January", "DATE", "2025-01", ""},
        {"The plan runs until 2030.", "2025-04-05", "2030", "DATE", "2030", ""},
        {"The fund was created between 2010 and 2015.", "2025-04-05", "2010", "DATE", "2010", ""},
        {"The fund was created between 2010 and 2015.", "2025-04-05", "2015", "DATE", "2015", ""},
        {"Results for fiscal 2024 beat forecasts.", "2025-04-05", "fiscal 2024", "DATE", "2024", ""},
        {"The company reported results for the quarter ended March 31.", "2025-04-05", "March 31", "DATE", "2025-03-31", ""},
        {"Growth was strong in the 2010s.", "2025-04-05", "the 2010s", "DATE", "201", ""},
        {"The 21st century has brought new threats.", "2025-04-05", "The 21st century", "DATE", "20", ""},
        {"The company cut 500 jobs in 2023.", "2025-04-05", "2023", "DATE", "2023", ""},
        {"The president signed the decree on April 2.", "2025-04-05", "April 2", "DATE", "2025-04-02", ""},
        {"The new rules apply from 1 May.", "2025-04-05", "1 May", "DATE", "2025-05-01", ""},
        {"The court adjourned the case until June 15.", "2025-04-05", "June 15", "DATE", "2025-06-15", ""},
        {"Analysts expect a rebound by the end of the year.", "2025-04-05", "the end of the year", "DATE", "2025", "END"},
        {"The ministry said the measure would be reviewed at the end of March.", "2025-04-05", "the end of March", "DATE", "2025-03", "END"},
        {"The station opened at the beginning of 2024.", "2025-04-05", "the beginning of 2024", "DATE", "2024", "START"},
        {"Inflation peaked in the middle of 2022.", "2025-04-05", "the middle of 2022", "DATE", "2022", "MID"},
        {"The dispute dates back to the 1980s.", "2025-04-05", "the 1980s", "DATE", "198", ""},
        {"The building was completed in late 2019.", "2025-04-05", "late 2019", "DATE", "2019", "END"},
        {"The bridge will be finished in early 2027.", "2025-04-05", "early 2027", "DATE", "2027", "START"},
        // ---- weekdays: a past clause looks back, a future clause (will, set to, expected) looks ahead
        {"The minister resigned on Friday.", "2025-04-05", "Friday", "DATE", "2025-04-04", ""},
        {"The minister will travel to Paris on Friday.", "2025-04-05", "Friday", "DATE", "2025-04-11", ""},
        {"Parliament voted on Tuesday to approve the budget.", "2025-04-05", "Tuesday", "DATE", "2025-04-01", ""},
        {"The talks will resume on Monday.", "2025-04-05", "Monday", "DATE", "2025-04-07", ""},
        {"The strike began late Friday.", "2025-04-05", "late Friday", "DATE", "2025-04-04", "END"},
        {"The trial is set to begin on Wednesday.", "2025-04-05", "Wednesday", "DATE", "2025-04-09", ""},
        {"The senator said on Wednesday that she would not run.", "2025-04-05", "Wednesday", "DATE", "2025-04-02", ""},
        {"The minister arrived on Saturday.", "2025-04-05", "Saturday", "DATE", "2025-04-05", ""},
        {"Police said Sunday that three people had been arrested.", "2025-04-05", "Sunday", "DATE", "2025-03-30", ""},
        {"The announcement came late Thursday.", "2025-04-05", "late Thursday", "DATE", "2025-04-03", "END"},
        {"Fighting resumed early Monday.", "2025-04-05", "early Monday", "DATE", "2025-03-31", "START"},
        {"The delegation will arrive next Tuesday.", "2025-04-05", "next Tuesday", "DATE", "2025-04-08", ""},
        {"The vote was held last Tuesday.", "2025-04-05", "last Tuesday", "DATE", "2025-04-01", ""},
        {"The meeting was held last Friday.", "2025-04-05", "last Friday", "DATE", "2025-04-04", ""},
        {"The flight landed at 6:45 p.m. on Tuesday.", "2025-04-05", "Tuesday", "DATE", "2025-04-01", ""},
        {"Protests have continued since Friday.", "2025-04-05", "Friday", "DATE", "2025-04-04", ""},
        {"The rebels set fire to the building on Friday.", "2025-04-05", "Friday", "DATE", "2025-04-04", ""},
        {"Turnout in Sunday's election was low.", "2025-04-05", "Sunday", "DATE", "2025-03-30", ""},
        {"Tuesday\xE2\x80\x99" "s vote was postponed.", "2025-04-05", "Tuesday", "DATE", "2025-04-01", ""},
        {"The attack happened on Monday, March 3.", "2025-04-05", "Monday, March 3", "DATE", "2025-03-03", ""},
        {"The blast occurred on Friday, Oct. 13, 2023.", "2025-04-05", "Friday, Oct. 13, 2023", "DATE", "2023-10-13", ""},
        {"Officials said the storm killed 12 people on Thursday.", "2025-04-05", "Thursday", "DATE", "2025-04-03", ""},
        {"The shares traded at 9 a.m. on Wednesday.", "2025-04-05", "Wednesday", "DATE", "2025-04-02", ""},
        {"The ruling came at noon on Friday.", "2025-04-05", "Friday", "DATE", "2025-04-04", ""},
        {"The tanker was seized on Thursday, officials said Saturday.", "2025-04-05", "Thursday", "DATE", "2025-04-03", ""},
        {"The tanker was seized on Thursday, officials said Saturday.", "2025-04-05", "Saturday", "DATE", "2025-04-05", ""},
        {"The team lost 3-1 on Sunday.", "2025-04-05", "Sunday", "DATE", "2025-03-30", ""},
        // ---- reported future: "said ... would/was to/were due to + verb" points after the time of saying
        {"The port authority said operations would resume on Friday morning.", "2024-11-14", "Friday morning", "TIME", "2024-11-15TMO", ""},
        {"Officials said the talks were due to restart on Monday.", "2025-04-05", "Monday", "DATE", "2025-04-07", ""},
        {"The club said the striker was expected to return Wednesday.", "2025-04-05", "Wednesday", "DATE", "2025-04-09", ""},
        {"The court said the verdict was to be read on Tuesday.", "2025-04-05", "Tuesday", "DATE", "2025-04-08", ""},
        {"The mayor told reporters the bridge could reopen by Thursday.", "2025-04-05", "Thursday", "DATE", "2025-04-10", ""},
        {"The airline said flights would resume next week.", "2025-04-05", "next week", "DATE", "2025-W15", ""},
        {"Police said the delay was due to the storm on Friday.", "2025-04-05", "Friday", "DATE", "2025-04-04", ""},
        {"Operations would resume on Friday, he said.", "2025-04-05", "Friday", "DATE", "2025-04-04", ""},
        {"He said police could have stopped the attack on Friday.", "2025-04-05", "Friday", "DATE", "2025-04-04", ""},
        {"She said she could not recall what happened on Tuesday.", "2025-04-05", "Tuesday", "DATE", "2025-04-01", ""},
        // ---- today/yesterday/tomorrow, last/next/this + unit, ago, and steps from the last day named in the paragraph
        {"Profits rose in the third quarter.", "2025-04-05", "the third quarter", "DATE", "2024-Q3", ""},
        {"Prices rose today.", "2025-04-05", "today", "DATE", "2025-04-05", ""},
        {"The president spoke yesterday.", "2025-04-05", "yesterday", "DATE", "2025-04-04", ""},
        {"The summit opens tomorrow.", "2025-04-05", "tomorrow", "DATE", "2025-04-06", ""},
        {"Exports dropped last week.", "2025-04-05", "last week", "DATE", "2025-W13", ""},
        {"The vote is scheduled for next week.", "2025-04-05", "next week", "DATE", "2025-W15", ""},
        {"Sales improved this week.", "2025-04-05", "this week", "DATE", "2025-W14", ""},
        {"Inflation eased last month.", "2025-04-05", "last month", "DATE", "2025-03", ""},
        {"The plant reopens next month.", "2025-04-05", "next month", "DATE", "2025-05", ""},
        {"Rents climbed this month.", "2025-04-05", "this month", "DATE", "2025-04", ""},
        {"Unemployment rose last year.", "2025-04-05", "last year", "DATE", "2024", ""},
        {"The tournament moves to Qatar next year.", "2025-04-05", "next year", "DATE", "2026", ""},
        {"Revenue doubled this year.", "2025-04-05", "this year", "DATE", "2025", ""},
        {"The factory closed two years ago.", "2025-04-05", "two years ago", "DATE", "2023", ""},
        {"The rebels seized the town three weeks ago.", "2025-04-05", "three weeks ago", "DATE", "2025-W11", ""},
        {"The mayor was elected a decade ago.", "2025-04-05", "a decade ago", "DATE", "201", ""},
        {"Troops entered the city on 3 March. A day later, they withdrew.", "2025-04-05", "A day later", "DATE", "2025-03-04", ""},
        {"Troops entered the city on 3 March. Two days later, the mayor fled.", "2025-04-05", "Two days later", "DATE", "2025-03-05", ""},
        {"Inflation stood at 3 percent in the first quarter.", "2025-04-05", "the first quarter", "DATE", "2025-Q1", ""},
        {"The mayor was elected five years ago.", "2025-04-05", "five years ago", "DATE", "2020", ""},
        {"The accord was signed on 6 March. The next day, fighting resumed.", "2025-04-05", "The next day", "DATE", "2025-03-07", ""},
        {"The accord was signed on 6 March. The following week, talks collapsed.", "2025-04-05", "The following week", "DATE", "2025-W11", ""},
        {"The aid arrived on 6 March. The day before, the road had been cleared.", "2025-04-05", "The day before", "DATE", "2025-03-05", ""},
        {"He has been in custody since last week.", "2025-04-05", "last week", "DATE", "2025-W13", ""},
        {"The weekend saw heavy rain.", "2025-04-05", "The weekend", "DATE", "2025-W14-WE", ""},
        {"Shoppers crowded the malls over the weekend.", "2025-04-05", "the weekend", "DATE", "2025-W14-WE", ""},
        {"The group will meet again this weekend.", "2025-04-05", "this weekend", "DATE", "2025-W14-WE", ""},
        {"He was released on bail last weekend.", "2025-04-05", "last weekend", "DATE", "2025-W13-WE", ""},
        {"Earlier this year, the company cut jobs.", "2025-04-05", "Earlier this year", "DATE", "2025", ""},
        {"The minister resigned earlier this month.", "2025-04-05", "earlier this month", "DATE", "2025-04", ""},
        {"The report will be released later this month.", "2025-04-05", "later this month", "DATE", "2025-04", ""},
        {"Revenue jumped in the year-earlier quarter.", "2025-04-05", "the year-earlier quarter", "DATE", "2024-Q1", ""},
        {"Net income rose 12 percent in the latest quarter.", "2025-04-05", "the latest quarter", "DATE", "2025-Q1", ""},
        {"The firm cut its forecast for the full year.", "2025-04-05", "the full year", "DATE", "2025", ""},
        {"The company reported results for the quarter ended March 31.", "2025-04-05", "the quarter", "DATE", "2025-Q1", ""},
        {"Sales dropped sharply last spring.", "2025-04-05", "last spring", "DATE", "2024-SP", ""},
        {"The festival returns next summer.", "2025-04-05", "next summer", "DATE", "2025-SU", ""},
        {"The rally was held this past weekend.", "2025-04-05", "this past weekend", "DATE", "2025-W13-WE", ""},
        {"Production will start later this year.", "2025-04-05", "later this year", "DATE", "2025", ""},
        {"The minister will visit Beijing next month.", "2025-04-05", "next month", "DATE", "2025-05", ""},
        {"The talks will continue this week.", "2025-04-05", "this week", "DATE", "2025-W14", ""},
        {"Snow fell heavily last winter.", "2025-04-05", "last winter", "DATE", "2024-WI", ""},
        {"The company will expand next spring.", "2025-04-05", "next spring", "DATE", "2026-SP", ""},
        // ---- clock times and parts of day
        {"Gunfire was heard Thursday night.", "2025-04-05", "Thursday night", "TIME", "2025-04-03TNI", ""},
        {"The results will be announced tonight.", "2025-04-05", "tonight", "TIME", "2025-04-05TNI", ""},
        {"The attack happened at 10:30 a.m.", "2025-04-05", "10:30 a.m.", "TIME", "2025-04-05T10:30", ""},
        {"The bomb exploded at 3 p.m. local time.", "2025-04-05", "3 p.m. local time", "TIME", "2025-04-05T15:00", ""},
        {"The boat capsized on Wednesday morning.", "2025-04-05", "Wednesday morning", "TIME", "2025-04-02TMO", ""},
        {"Residents fled on Sunday evening.", "2025-04-05", "Sunday evening", "TIME", "2025-03-30TEV", ""},
        {"Tensions have eased this morning.", "2025-04-05", "this morning", "TIME", "2025-04-05TMO", ""},
        {"An explosion was heard last night.", "2025-04-05", "last night", "TIME", "2025-04-04TNI", ""},
        {"Police arrested him this afternoon.", "2025-04-05", "this afternoon", "TIME", "2025-04-05TAF", ""},
        {"Markets rallied yesterday afternoon.", "2025-04-05", "yesterday afternoon", "TIME", "2025-04-04TAF", ""},
        {"The president will speak tomorrow morning.", "2025-04-05", "tomorrow morning", "TIME", "2025-04-06TMO", ""},
        {"The ban will take effect at midnight.", "2025-04-05", "midnight", "TIME", "2025-04-05T24", ""},
        {"The flight landed at 6:45 p.m. on Tuesday.", "2025-04-05", "6:45 p.m.", "TIME", "2025-04-01T18:45", ""},
        {"The blast happened at 8 a.m. Friday.", "2025-04-05", "8 a.m. Friday", "TIME", "2025-04-04T08:00", ""},
        {"The polls close at 8pm.", "2025-04-05", "8pm", "TIME", "2025-04-05T20:00", ""},
        {"The station closed at 11:59 p.m.", "2025-04-05", "11:59 p.m.", "TIME", "2025-04-05T23:59", ""},
        {"He called at 9.30am.", "2025-04-05", "9.30am", "TIME", "2025-04-05T09:30", ""},
        {"The bombing occurred at 7:15 on Monday morning.", "2025-04-05", "7:15", "TIME", "2025-03-31T07:15", ""},
        {"The bombing occurred at 7:15 on Monday morning.", "2025-04-05", "Monday morning", "TIME", "2025-03-31TMO", ""},
        {"The shares traded at 9 a.m. on Wednesday.", "2025-04-05", "9 a.m.", "TIME", "2025-04-02T09:00", ""},
        {"The ruling came at noon on Friday.", "2025-04-05", "noon", "TIME", "2025-04-04T12:00", ""},
        // ---- durations
        {"The war ended a five-decade-long dispute.", "2025-04-05", "five-decade-long", "DURATION", "P50Y", ""},
        {"The siege lasted three days.", "2025-04-05", "three days", "DURATION", "P3D", ""},
        {"He served as mayor for nearly forty years.", "2025-04-05", "nearly forty years", "DURATION", "P40Y", "LESS_THAN"},
        {"Prices have risen sharply over the past two months.", "2025-04-05", "the past two months", "DURATION", "P2M", ""},
        {"The strike has lasted six weeks.", "2025-04-05", "six weeks", "DURATION", "P6W", ""},
        {"The project took 18 months to complete.", "2025-04-05", "18 months", "DURATION", "P18M", ""},
        {"Negotiations dragged on for several months.", "2025-04-05", "several months", "DURATION", "PXM", ""},
        {"He spent two decades in prison.", "2025-04-05", "two decades", "DURATION", "P20Y", ""},
        {"The drought has lasted more than a decade.", "2025-04-05", "more than a decade", "DURATION", "P10Y", "MORE_THAN"},
        {"The ceasefire held for about 48 hours.", "2025-04-05", "about 48 hours", "DURATION", "PT48H", "APPROX"},
        {"The truce lasted less than a week.", "2025-04-05", "less than a week", "DURATION", "P1W", "LESS_THAN"},
        {"The rebels held the city for years.", "2025-04-05", "years", "DURATION", "PXY", ""},
        {"The inquiry will take at least six months.", "2025-04-05", "at least six months", "DURATION", "P6M", "EQUAL_OR_MORE"},
        {"The country held a 30-day mourning period.", "2025-04-05", "30-day", "DURATION", "P30D", ""},
        {"The government approved a two-year plan.", "2025-04-05", "two-year", "DURATION", "P2Y", ""},
        {"The loan will be repaid over the next five years.", "2025-04-05", "the next five years", "DURATION", "P5Y", ""},
        {"Crime has fallen over the last decade.", "2025-04-05", "the last decade", "DATE", "201", ""},
        {"Prices have doubled in recent years.", "2025-04-05", "recent years", "DATE", "PAST_REF", ""},
        {"He scored 3 goals in 12 minutes.", "2025-04-05", "12 minutes", "DURATION", "PT12M", ""},
        {"He was sentenced to 20 years in prison.", "2025-04-05", "20 years", "DURATION", "P20Y", ""},
        {"Exports fell 4 percent over the past year.", "2025-04-05", "the past year", "DATE", "2024", ""},
        {"The workers staged a month-long strike.", "2025-04-05", "month-long", "DURATION", "P1M", ""},
        {"Talks lasted for hours.", "2025-04-05", "hours", "DURATION", "PTXH", ""},
        {"Rescuers searched for two weeks.", "2025-04-05", "two weeks", "DURATION", "P2W", ""},
        {"Prices have been rising for decades.", "2025-04-05", "decades", "DURATION", "PXDE", ""},
        {"The talks collapsed after six hours.", "2025-04-05", "six hours", "DURATION", "PT6H", ""},
        {"The soldiers were held for 10 days.", "2025-04-05", "10 days", "DURATION", "P10D", ""},
        {"The year-long inquiry ended.", "2025-04-05", "year-long", "DURATION", "P1Y", ""},
        {"The ban was imposed for a week.", "2025-04-05", "a week", "DURATION", "P1W", ""},
        // ---- sets
        {"The festival is held every year.", "2025-04-05", "every year", "SET", "P1Y", ""},
        {"The newsletter is published weekly.", "2025-04-05", "weekly", "SET", "P1W", ""},
        {"The committee meets monthly.", "2025-04-05", "monthly", "SET", "P1M", ""},
        {"The council meets every Monday.", "2025-04-05", "every Monday", "SET", "XXXX-WXX-1", ""},
        {"The vaccine is given twice a year.", "2025-04-05", "twice a year", "SET", "P1Y", ""},
        {"The bus runs every two hours.", "2025-04-05", "every two hours", "SET", "PT2H", ""},
        {"Salaries are paid annually.", "2025-04-05", "annually", "SET", "P1Y", ""},
        {"The band plays nightly.", "2025-04-05", "nightly", "SET", "P1D", ""},
        {"The magazine is published quarterly.", "2025-04-05", "quarterly", "SET", "P3M", ""},
        {"Inspectors visit each year.", "2025-04-05", "each year", "SET", "P1Y", ""},
        // ---- vague references
        {"The situation is now under control.", "2025-04-05", "now", "DATE", "PRESENT_REF", ""},
        {"The group recently changed its name.", "2025-04-05", "recently", "DATE", "PAST_REF", ""},
        {"The company will report earnings soon.", "2025-04-05", "soon", "DATE", "FUTURE_REF", ""},
        {"The region currently faces a drought.", "2025-04-05", "currently", "DATE", "PRESENT_REF", ""},
        {"In the past, such attacks were rare.", "2025-04-05", "the past", "DATE", "PAST_REF", ""},
        {"The technology will be widely used in the future.", "2025-04-05", "the future", "DATE", "FUTURE_REF", ""},
        {"These days, few people write letters.", "2025-04-05", "These days", "DATE", "PRESENT_REF", ""},
        {"The fighting ended a few days ago.", "2025-04-05", "a few days ago", "DATE", "PAST_REF", ""},
        {"The virus was first detected several weeks ago.", "2025-04-05", "several weeks ago", "DATE", "PAST_REF", ""},
        // ---- other DCTs, and no DCT at all (empty dct: unresolved values, or a DCT inferred from a full date)
        {"The minister resigned on Friday.", "", "Friday", "DATE", "XXXX-WXX-5", ""},
        {"The ceasefire took effect on 6 March 2025. Fighting resumed on Friday.", "", "6 March 2025", "DATE", "2025-03-06", ""},
        {"The ceasefire took effect on 6 March 2025. Fighting resumed on Friday.", "", "Friday", "DATE", "XXXX-WXX-5", ""},
        {"Prices rose today.", "", "today", "DATE", "PRESENT_REF", ""},
        {"The factory closed two years ago.", "", "two years ago", "DATE", "XXXX", ""},
        {"Officials met in early December.", "", "early December", "DATE", "XXXX-12", "START"},
        {"The talks collapsed last week.", "", "last week", "DATE", "XXXX-WXX", ""},
        {"Protests erupted in early December.", "2025-01-10", "early December", "DATE", "2024-12", "START"},
        {"Elections will be held in November.", "2025-01-10", "November", "DATE", "2025-11", ""},
        {"The plant will reopen in January.", "2025-11-20", "January", "DATE", "2026-01", ""},
        {"The report was filed on Feb. 29.", "2024-03-01", "Feb. 29", "DATE", "2024-02-29", ""},
        {"The minister resigned on Friday.", "2025-04-09", "Friday", "DATE", "2025-04-04", ""},
        {"The minister will resign on Friday.", "2025-04-09", "Friday", "DATE", "2025-04-11", ""},
        {"Police said Wednesday that the suspect was arrested.", "2025-04-09", "Wednesday", "DATE", "2025-04-09", ""},
        {"Police said on Monday that the road was closed.", "2025-04-07", "Monday", "DATE", "2025-04-07", ""},
        {"The talks will resume next Monday.", "2025-04-07", "next Monday", "DATE", "2025-04-14", ""},
        {"The talks ended last Monday.", "2025-04-07", "last Monday", "DATE", "2025-03-31", ""},
        {"Snow fell heavily last winter.", "2025-01-20", "last winter", "DATE", "2023-WI", ""},
        {"Sales dropped sharply last spring.", "2025-10-01", "last spring", "DATE", "2025-SP", ""},
        // ---- present-tense schedules look ahead; past clauses look back
        {"The summit is in November.", "2025-04-05", "November", "DATE", "2025-11", ""},
        {"The election is in March.", "2024-12-10", "March", "DATE", "2025-03", ""},
        {"The election is in March.", "2024-10-10", "March", "DATE", "2025-03", ""},
        {"The final takes place in December.", "2025-04-05", "December", "DATE", "2025-12", ""},
        {"Officials said the referendum is in October.", "2025-04-05", "October", "DATE", "2025-10", ""},
        {"The tournament was held in November.", "2025-04-05", "November", "DATE", "2024-11", ""},
        {"The lease expires in December.", "2025-04-05", "December", "DATE", "2025-12", ""},
        {"The company has been in decline since November.", "2025-04-05", "November", "DATE", "2024-11", ""},
        // ---- until / by / before a weekday: a deadline ahead unless the clause is past
        {"The road is closed until Monday.", "2025-04-05", "Monday", "DATE", "2025-04-07", ""},
        {"Talks are continuing until Thursday.", "2025-04-05", "Thursday", "DATE", "2025-04-10", ""},
        {"Voters have until Friday to register.", "2025-04-05", "Friday", "DATE", "2025-04-11", ""},
        {"Applications must be filed by Wednesday.", "2025-04-05", "Wednesday", "DATE", "2025-04-09", ""},
        {"The bridge stayed closed until Monday.", "2025-04-05", "Monday", "DATE", "2025-03-31", ""},
        {"The troops had left by Tuesday.", "2025-04-05", "Tuesday", "DATE", "2025-04-01", ""},
        // ---- years before 1800 need a year cue or an era word
        {"The treaty was signed in 1648.", "2025-04-05", "1648", "DATE", "1648", ""},
        {"Muslim armies crossed into Spain in 711.", "2025-04-05", "711", "DATE", "0711", ""},
        {"The family has farmed here since 1492.", "2025-04-05", "1492", "DATE", "1492", ""},
        {"The temple was built around 300 BC.", "2025-04-05", "300 BC", "DATE", "BC0300", ""},
        {"The mosque dates from AD 785.", "2025-04-05", "AD 785", "DATE", "0785", ""},
        {"The Peace of Westphalia of 1648 ended the war.", "2025-04-05", "1648", "DATE", "1648", ""},
        // ---- sets: parts of day, every other, weekends, seasons, months
        {"She runs every morning.", "2025-04-05", "every morning", "SET", "XXXX-XX-XXTMO", ""},
        {"Guards patrol the border each night.", "2025-04-05", "each night", "SET", "XXXX-XX-XXTNI", ""},
        {"The committee meets every other week.", "2025-04-05", "every other week", "SET", "P2W", ""},
        {"The market opens every weekend.", "2025-04-05", "every weekend", "SET", "XXXX-WXX-WE", ""},
        {"The river floods every summer.", "2025-04-05", "every summer", "SET", "XXXX-SU", ""},
        {"Pilgrims arrive every July.", "2025-04-05", "every July", "SET", "XXXX-07", ""},
        // ---- spelled-out years, only with a year cue
        {"The firm was founded in two thousand and five.", "2025-04-05", "two thousand and five", "DATE", "2005", ""},
        {"The novel is set in nineteen eighty-four.", "2025-04-05", "nineteen eighty-four", "DATE", "1984", ""},
        {"Oil fell that low in the winter of nineteen ninety-four.", "1998-02-23", "the winter of nineteen ninety-four", "DATE", "1994-WI", ""},
        {"He promised to halve unemployment by the year two thousand.", "1998-02-05", "the year two thousand", "DATE", "2000", ""},
        {"The bridge opened in nineteen oh five.", "2025-04-05", "nineteen oh five", "DATE", "1905", ""},
        // ---- steps from the narrative's year, month and day rather than the DCT
        {"The company was founded in 1995. The following year, it went public.", "2025-04-05", "The following year", "DATE", "1996", ""},
        {"The plant opened in 2010. That year, sales doubled.", "2025-04-05", "That year", "DATE", "2010", ""},
        {"The dam failed in March 2019. The previous month, engineers had warned of cracks.", "2025-04-05", "The previous month", "DATE", "2019-02", ""},
        {"The ship sank on 12 May 1998. The next day, rescuers found survivors.", "2025-04-05", "The next day", "DATE", "1998-05-13", ""},
        {"He joined the firm in 2001 and left the following year.", "2025-04-05", "the following year", "DATE", "2002", ""},
        {"The war began in 1939. Two years later, the city fell.", "2025-04-05", "Two years later", "DATE", "1941", ""},
        {"The mine closed in 1985. That day, thousands marched.", "2025-04-05", "1985", "DATE", "1985", ""},
        // ---- holidays: fixed days by table, Easter by computus, the year by tense
        {"The shops were closed on Christmas Day.", "2025-04-05", "Christmas Day", "DATE", "2024-12-25", ""},
        {"The family will gather at Christmas.", "2025-04-05", "Christmas", "DATE", "2025-12-25", ""},
        {"The attack happened on Easter Sunday.", "2025-04-05", "Easter Sunday", "DATE", "2024-03-31", ""},
        {"Churches will be full on Easter Sunday.", "2025-04-05", "Easter Sunday", "DATE", "2025-04-20", ""},
        {"The law takes effect on New Year's Day.", "2025-04-05", "New Year's Day", "DATE", "2026-01-01", ""},
        {"Fireworks lit the sky on New Year's Eve.", "2025-04-05", "New Year's Eve", "DATE", "2024-12-31", ""},
        {"The truce was agreed on Christmas Eve 2023.", "2025-04-05", "Christmas Eve 2023", "DATE", "2023-12-24", ""},
        {"Easter 2019 saw bombings in Sri Lanka.", "2025-04-05", "Easter 2019", "DATE", "2019-04-21", ""},
        {"The march was cancelled on Good Friday.", "2025-04-25", "Good Friday", "DATE", "2025-04-18", ""},
        {"Turkeys sold out before Thanksgiving.", "2025-12-01", "Thanksgiving", "DATE", "2025-11-27", ""},
        // ---- the weekend ahead
        {"Traders squared positions ahead of the weekend.", "2025-04-03", "the weekend", "DATE", "2025-W14-WE", ""},
        // ---- business periods: a year "ended"/"ending" on a date is twelve months, a year named before its quarter
        {"The retailer earned $4 million in the fiscal year ended June 30.", "2025-04-05", "the fiscal year", "DURATION", "P1Y", ""},
        {"Sales for the year ending in March rose 8 percent.", "2025-04-05", "the year", "DURATION", "P1Y", ""},
        {"The company expects growth for the year.", "2025-04-05", "the year", "DATE", "2025", ""},
        {"Profits fell in this year's second quarter.", "2025-04-05", "this year's second quarter", "DATE", "2025-Q2", ""},
        {"The merger could close in next year's first half.", "2025-04-05", "next year's first half", "DATE", "2026-H1", ""},
        {"Output dropped in last year's fourth quarter.", "2025-04-05", "last year's fourth quarter", "DATE", "2024-Q4", ""},
        {"Earnings will weaken in the last half of 2025.", "2025-04-05", "the last half of 2025", "DATE", "2025-H2", ""},
        {"Sales peaked in the final quarter of 2023.", "2025-04-05", "the final quarter of 2023", "DATE", "2023-Q4", ""},
        // ---- "the past year" / "the last decade" without a count: the calendar period before the DCT's
        {"Vandalism has grown over the past year, police said.", "2023-09-12", "the past year", "DATE", "2022", ""},
        {"Wages lost ground in the last decade.", "1998-02-06", "the last decade", "DATE", "198", ""},
        {"Prices have risen over the past two years.", "2025-04-05", "the past two years", "DURATION", "P2Y", ""},
        // ---- which side of the DCT: "effective" dates lie ahead, past clauses stay behind, plans as nouns say nothing
        {"The union signed a contract effective Jan. 1.", "2025-10-20", "Jan. 1", "DATE", "2026-01-01", ""},
        {"The union signed a contract on Jan. 1.", "2025-10-20", "Jan. 1", "DATE", "2025-01-01", ""},
        {"The council approved the plan Aug. 21.", "2025-10-20", "Aug. 21", "DATE", "2025-08-21", ""},
        {"In January, the firm hired a new chief.", "2025-11-14", "January", "DATE", "2025-01", ""},
        {"Loans are available through January.", "2025-11-14", "January", "DATE", "2026-01", ""},
        {"The bonus would be paid in January, the company said.", "2025-11-14", "January", "DATE", "2026-01", ""},
        // future-in-the-past and a year-less month: after the time of saying, a few weeks before the DCT at most
        {"The union would meet again in March, its leader said.", "2024-11-15", "March", "DATE", "2025-03", ""},
        {"The union said it would strike in August.", "2025-04-05", "August", "DATE", "2025-08", ""},
        {"The stock split would be paid on a still unspecified date in January.", "1989-10-26", "January", "DATE", "1990-01", ""},
        {"The talks could have ended in March, he said.", "2024-11-15", "March", "DATE", "2024-03", ""},
        {"The company said it plans to open stores in January.", "2025-11-14", "January", "DATE", "2026-01", ""},
        {"Trading in the shares is to resume Tuesday.", "2025-04-05", "Tuesday", "DATE", "2025-04-08", ""},
        // a future marker governs a date far after it in the same clause (TE3 ABC19980304), not across a comma
        {"Air Force Lieutenant Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a "
         "mission in December.", "1998-03-04", "December", "DATE", "1998-12", ""},
        {"The ministry will hand the keys of the rebuilt northern railway station to the city council in January.",
         "2025-04-05", "January", "DATE", "2026-01", ""},
        {"\"We will concentrate more on our own core businesses,\" Mr. Gerstner said Friday.", "1989-10-30", "Friday",
         "DATE", "1989-10-27", ""},
        // a plan word measured against ("as previously planned", "than expected") does not look ahead. TE3
        // WSJ910225-0066 (DCT Monday 1991-02-25; the ground war began on Saturday 23 February; its gold says 02-16)
        {"Bush let the ground offensive begin as previously planned Saturday night.", "1991-02-25", "Saturday night",
         "TIME", "1991-02-23TNI", ""},
        {"Shares fell more than expected on Friday.", "1991-02-25", "Friday", "DATE", "1991-02-22", ""},
        // a weekday in a present-tense schedule looks ahead; in a past clause it stays behind
        {"The summit opens Monday.", "1998-05-01", "Monday", "DATE", "1998-05-04", ""},
        {"Police said the man died Monday.", "1998-05-01", "Monday", "DATE", "1998-04-27", ""},
        {"The offer had been due to expire Friday.", "2025-04-05", "Friday", "DATE", "2025-04-04", ""},
        // ---- a part of day before today/yesterday/tomorrow
        {"In Tokyo at mid-afternoon yesterday, the index was flat.", "2025-04-05", "mid-afternoon yesterday", "TIME", "2025-04-04TAF", ""},
        {"Crews will return morning tomorrow.", "2025-04-05", "morning tomorrow", "TIME", "2025-04-06TMO", ""},
        // ---- present references: "now that", the adjective "current" (not the water, not the ledger)
        {"Now that the dam is finished, farmers can irrigate.", "2025-04-05", "Now", "DATE", "PRESENT_REF", ""},
        {"Analysts blamed current market conditions.", "2025-04-05", "current", "DATE", "PRESENT_REF", ""},
        {"The current account deficit widened.", "2025-04-05", "", "", "", ""},
        {"The swimmer was swept away by the current.", "2025-04-05", "", "", "", ""},
        // ---- no time expression at all
        {"May I ask a question?", "2025-04-05", "", "", "", ""},
        {"Over 1,700 civilians were killed.", "2025-04-05", "", "", "", ""},
        {"Thousands joined the march on the capital.", "2025-04-05", "", "", "", ""},
        {"The fall of Kabul shocked the world.", "2025-04-05", "", "", "", ""},
        {"Thousands gathered to mark the fall of the Berlin Wall.", "2025-04-05", "", "", "", ""},
        {"A 2000-strong crowd gathered outside.", "2025-04-05", "", "", "", ""},
        {"Flight 1549 landed on the river.", "2025-04-05", "", "", "", ""},
        {"The plan follows Security Council Resolution 2254.", "2025-04-05", "", "", "", ""},
        {"Part 1850.", "2025-04-05", "", "", "", ""},
        {"Route 2001 was closed in 1999.", "2025-04-05", "1999", "DATE", "1999", ""},
        {"Fans are already planning for Euro 2028.", "2025-04-05", "2028", "DATE", "2028", ""},
        {"The company employs 2,500 people.", "2025-04-05", "", "", "", ""},
        {"The bill passed by 217 votes to 212.", "2025-04-05", "", "", "", ""},
        {"She will march in the parade.", "2025-04-05", "", "", "", ""},
        {"The march on the capital drew thousands.", "2025-04-05", "", "", "", ""},
        {"They may decide to leave.", "2025-04-05", "", "", "", ""},
        {"Sun Yat-sen is revered in Taiwan.", "2025-04-05", "", "", "", ""},
        {"The report covers 1,200 pages.", "2025-04-05", "", "", "", ""},
        {"The ship carried 1500 passengers.", "2025-04-05", "", "", "", ""},
        {"The plane was flying at 30,000 feet.", "2025-04-05", "", "", "", ""},
        {"The airport handled 2,024 flights.", "2025-04-05", "", "", "", ""},
        {"Theresa May said the deal was dead.", "2025-04-05", "", "", "", ""},
        {"He told the Sunday Times he would resign.", "2025-04-05", "", "", "", ""},
        {"Tina Fey hosted Saturday Night Live last year.", "2025-04-05", "last year", "DATE", "2024", ""},
        {"Fans watched Monday Night Football in the bar.", "2025-04-05", "", "", "", ""},
        {"The rally ended Saturday Night, police said.", "2025-04-05", "Saturday Night", "TIME", "2025-04-05TNI", ""},
        {"The Sun reported the story first.", "2025-04-05", "", "", "", ""},
        {"The Fed cut rates by 0.25 percentage points.", "2025-04-05", "", "", "", ""},
        {"The vaccine was 95 percent effective.", "2025-04-05", "", "", "", ""},
        {"The company sold 2025 units.", "2025-04-05", "", "", "", ""},
        {"Route 66 is a famous highway.", "2025-04-05", "", "", "", ""},
        {"He wore number 23.", "2025-04-05", "", "", "", ""},
        {"Police fired 50 rounds.", "2025-04-05", "", "", "", ""},
        {"She won 6-3, 6-4.", "2025-04-05", "", "", "", ""},
        {"The bill was approved 52-48.", "2025-04-05", "", "", "", ""},
        {"Inflation hit 3.5 percent in the survey.", "2025-04-05", "", "", "", ""},
        {"The index rose 2.5 points.", "2025-04-05", "", "", "", ""},
        {"March Madness drew record audiences.", "2025-04-05", "", "", "", ""},
        {"Fans crowded bars during March Madness.", "2025-04-05", "", "", "", ""},
        {"Theresa May resigned as prime minister.", "2025-04-05", "", "", "", ""},
        {"Prices may be lower.", "2025-04-05", "", "", "", ""},
        {"The company sold 1648 units.", "2025-04-05", "", "", "", ""},
        {"Sales rose by 711.", "2025-04-05", "", "", "", ""},
        {"He was one of 711 candidates.", "2025-04-05", "", "", "", ""},
        {"The team won in 300 games.", "2025-04-05", "", "", "", ""},
        {"A total of 1500 people attended.", "2025-04-05", "", "", "", ""},
        {"Nineteen eighty-four people attended.", "2025-04-05", "", "", "", ""},
        {"They decorated the Christmas tree.", "2025-04-05", "", "", "", ""},
        {"Easter eggs were sold out.", "2025-04-05", "", "", "", ""},
        {"Police said that day was calm.", "2025-04-05", "", "", "", ""},
        // ---- issue 15: year-less months before a deadline, spelled years, year-end, halves (TimeBank rows)
        {"The sale is part of KKR's program to pay down $5 billion of a $6 billion bridge loan by February.",
         "1989-10-30", "February", "DATE", "1990-02", ""},
        {"The road stays closed until March.", "2025-04-05", "March", "DATE", "2026-03", ""},
        {"Atlanta nineteen ninety-six. A bomb blast shocks the Olympic games.", "1998-02-27", "nineteen ninety-six",
         "DATE", "1996", ""},
        {"January nineteen ninety-seven. Atlanta again.", "1998-02-27", "January nineteen ninety-seven", "DATE",
         "1997-01", ""},
        {"She still speaks of a nineteen eighty-four strike.", "2025-04-05", "nineteen eighty-four", "DATE", "1984", ""},
        {"They hope to obtain regulatory approval and complete the transaction by year-end.", "1989-11-02",
         "year-end", "DATE", "1989", "END"},
        {"The percentage change is since year-end.", "1989-10-30", "year-end", "DATE", "1988", "END"},
        {"The plant should be finished by year's end.", "2025-04-05", "year's end", "DATE", "2025", "END"},
        {"In the last twenty four hours, the value of the Indonesian stock market has fallen.", "1998-01-08",
         "the last twenty four hours", "DURATION", "PT24H", ""},
        {"But a minute and a half later, a pilot from a nearby flight called.", "1998-01-14", "a minute and a half",
         "DURATION", "PT1M30S", ""},
        {"They lived in U.N.-run refugee camps for 2 1/2 years.", "1998-02-27", "2 1/2 years", "DURATION", "P2Y6M", ""},
        {"The talks lasted two and a half days.", "2025-04-05", "two and a half days", "DURATION", "P2DT12H", ""},
        // ---- issue 15: weekdays in compound sentences (the nearest verb before the day speaks for it; DCT a Friday)
        {"The pope arrived in Kenya on Friday and meets the president on Saturday.", "2025-04-04", "Saturday",
         "DATE", "2025-04-05", ""},
        {"The pope arrived in Kenya on Friday and meets the president on Saturday before he travels on to "
         "Ethiopia on Sunday.", "2025-04-04", "Sunday", "DATE", "2025-04-06", ""},
        {"The minister met the king on Tuesday, and he flies home on Sunday.", "2025-04-04", "Sunday", "DATE",
         "2025-04-06", ""},
        {"The king, who rules the country, flew home on Tuesday.", "2025-04-04", "Tuesday", "DATE", "2025-04-01", ""},
        // ---- the end of a range follows the day the sentence named first ("stories about the next day")
        {"Police said the protest began Thursday night and lasted until Friday morning.", "2025-04-03",
         "Friday morning", "TIME", "2025-04-04TMO", ""},
        {"The strike began on Monday and ran through Wednesday.", "2025-04-05", "Wednesday", "DATE", "2025-04-02", ""},
        // ---- parts of day: "later this afternoon", "mid afternoon", "in the morning" of the day just named
        {"Baker meets Iraqi deputy prime minister Tariq Aziz later this afternoon.", "1998-02-22",
         "later this afternoon", "TIME", "1998-02-22TAF", ""},
        {"By mid afternoon, official Serb sources were saying the police had withdrawn.", "1998-03-06",
         "mid afternoon", "TIME", "1998-03-06TAF", ""},
        {"Hopes were dashed Friday as dealers placed heavy buy orders in the morning.", "1989-10-30", "the morning",
         "TIME", "1989-10-27TMO", ""},
        {"Shares rose on Tuesday, and traders sold in the afternoon.", "2025-04-05", "the afternoon", "TIME",
         "2025-04-01TAF", ""},
        {"He prefers to run in the morning.", "2025-04-05", "", "", "", ""},
        // ---- not times: a TV programme's title in quotes, "a quarter of" as a fraction
        {"Secretary of State James Baker, speaking on ABC News' \"This Week,\" said the request was legal.",
         "1990-08-13", "", "", "", ""},
        {"Mutual funds are the largest holders, accounting for more than a quarter of the entire market.",
         "1989-10-27", "", "", "", ""},
        {"Rebels hold a quarter of the country.", "2025-04-05", "", "", "", ""},
        // ---- durations with an added amount; "will one day" is some day ahead
        {"Ukraine allowed the navy to use a naval base on the Crimean peninsula for at least 20 more years.",
         "1998-02-27", "at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE"},
        {"The loan may be extended by the McAlpine group for an additional year.", "1989-11-02",
         "an additional year", "DURATION", "P1Y", ""},
        {"The talks will go on for two further weeks.", "2025-04-05", "two further weeks", "DURATION", "P2W", ""},
        {"According to the institute, Islam will one day be the second largest religion in the country.",
         "1998-03-03", "one day", "DATE", "FUTURE_REF", ""},
        {"She hopes she could one day lead the party.", "2025-04-05", "one day", "DATE", "FUTURE_REF", ""},
        {"Mr. Major had only been in the job one day.", "1989-10-30", "one day", "DURATION", "P1D", ""},
        // ---- a plural unit without a count: an unknown number of them
        {"U.S. commanders said 5,500 Iraqi prisoners were taken in the first hours of the ground war.", "1991-02-25",
         "the first hours", "DURATION", "PTXH", ""},
        {"Prices rose in the past months.", "2025-04-05", "the past months", "DURATION", "PXM", ""},
        // ---- vague and qualified counts
        {"They're going to have to live without it for a while.", "1998-01-11", "a while", "DURATION", "PXX", ""},
        {"Wait a while and see.", "2025-04-05", "", "", "", ""},
        {"The promotion followed a several-year tenure as editor in chief.", "1989-11-02", "several-year", "DURATION",
         "PXY", ""},
        {"Eight trading days after Oct. 12, the index was still lower.", "1989-10-30", "Eight trading days",
         "DURATION", "P8D", ""},
        {"Buyers have ten business days to cancel.", "2025-04-05", "ten business days", "DURATION", "P10D", ""},
        // ---- spans ahead of unknown length, the mirror of "recent weeks"
        {"It was encouragement for the Federal Reserve to lower interest rates in coming weeks.", "1989-10-27",
         "coming weeks", "DURATION", "PXW", ""},
        {"Funds may sell some of their junk to pay departing investors in the weeks ahead.", "1989-10-27",
         "the weeks ahead", "DURATION", "PXW", ""},
        {"Prices should ease in coming months.", "2025-04-05", "coming months", "DURATION", "PXM", ""},
        {"In fact, over the years many more patients who are about to die have received livers.", "1998-03-31",
         "the years", "DURATION", "PXY", ""},
        {"The town has changed through the decades.", "2025-04-05", "the decades", "DURATION", "PXDE", ""},
        // ---- "later in the day": the day the story tells, else the DCT's
        {"Nevertheless, she introduced herself to the president as he arrived in Philadelphia later in the day.",
         "1998-02-13", "the day", "DATE", "1998-02-13", ""},
        {"The talks opened on Tuesday, and the ministers left earlier in the day.", "2025-04-05", "the day", "DATE",
         "2025-04-01", ""},
        // ---- spelled decades; "the week" a market report covers
        {"We have seen hate group numbers dropping through the nineties.", "1998-03-03", "the nineties", "DATE", "199",
         ""},
        {"The city boomed in the twenties.", "1989-10-30", "the twenties", "DATE", "192", ""},
        {"The index tumbled 5.39 to 452.76 on Friday. For the week, the index dropped 3.8%.", "1989-10-30",
         "the week", "DATE", "1989-W43", ""},
        {"For the week, the index dropped 3.8%.", "1989-10-30", "the week", "DATE", "1989-WXX", ""},
        {"Turnout rose in the week before the vote.", "2025-04-05", "", "", "", ""},
        // ---- the near / short term and a later date lie ahead (FUTURE_REF); "the long run" is no time
        {"But we don't minimize the challenges of the near term.", "1989-10-30", "the near term", "DATE",
         "FUTURE_REF", ""},
        {"The plan would placate some LIN holders in the short term.", "1989-10-30", "the short term", "DATE",
         "FUTURE_REF", ""},
        {"The company will finance the plant through bank borrowings at a later date.", "1989-10-26",
         "a later date", "DATE", "FUTURE_REF", ""},
        {"The vote was postponed to a future date.", "2025-04-05", "a future date", "DATE", "FUTURE_REF", ""},
        {"The people who suffer in the long run are the taxpayers.", "2025-04-05", "", "", "", ""},
        // ---- a sum per unit is a set; after a bare number the rate stays untagged
        {"Du Pont will post additional pretax profit of about $33 million a year because of the plant.", "1989-10-26",
         "a year", "SET", "P1Y", ""},
        {"The city spends two billion per year on roads.", "2025-04-05", "per year", "SET", "P1Y", ""},
        {"The fee is $2.51 a month.", "2025-04-05", "", "", "", ""},
        // ---- a year named with its quarter is the year the story reached ("a year earlier" counts from it)
        {"Quarterly net income this year has risen, when year-end net was below the 1987 level. In this year's "
         "third quarter, net was $10.5 million, compared with $10.3 million a year earlier.", "1989-10-26",
         "a year earlier", "DATE", "1988-Q3", ""},
        // ---- te3value3: "the previous Friday" steps from the day the paragraph reached (else the DCT), strictly
        {"London shares fell Friday. The Financial Times 100-share index shed 47.3 points to close at 2082.1, down "
         "4.5% from the previous Friday.", "1989-10-30", "the previous Friday", "DATE", "1989-10-20", ""},
        {"The accord was signed on 6 March. The following Monday, talks collapsed.", "2025-04-05",
         "The following Monday", "DATE", "2025-03-10", ""},
        {"London shares slid Friday in heavy trading.\n\nThe index closed at 2082.1, down 4.5% from the previous "
         "Friday.", "1989-10-30", "the previous Friday", "DATE", "1989-10-20", ""},
        {"Markets recovered the losses of the previous Friday.", "2025-04-09", "the previous Friday", "DATE",
         "2025-04-04", ""},
        {"Markets recovered the losses of the previous Friday.", "", "the previous Friday", "DATE", "XXXX-WXX-5", ""},
        // ---- te3value3: "the end of the month" is the DCT's month with mod END, as "the end of the year" is its year
        {"The goal is to put 40,000 troops in the region by the end of the month.", "1990-08-13",
         "the end of the month", "DATE", "1990-08", "END"},
        {"Talks resume at the beginning of the month.", "2025-04-05", "the beginning of the month", "DATE",
         "2025-04", "START"},
        {"The goal is to put 40,000 troops in the region by the end of the month.", "", "the end of the month",
         "DATE", "XXXX-XX", "END"},
        {"Sales for the month rose 4%.", "2025-04-05", "", "", "", ""},
        // ---- te3value3: midnight is the end of the day it is named with (TimeML T24)
        {"The offer had been scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday", "TIME",
         "1989-10-27T24", ""},
        // ---- te3value3: the first (last) two quarters of a named year are its first (second) half
        {"Analysts expect the trend to continue through at least the first two quarters of 1990.", "1989-10-26",
         "the first two quarters of 1990", "DATE", "1990-H1", ""},
        {"The plant lost money in the last two quarters of 2024.", "2025-04-05", "the last two quarters of 2024",
         "DATE", "2024-H2", ""},
        {"The plant lost money in the past two quarters.", "2025-04-05", "the past two quarters", "DURATION", "P6M",
         ""},
        // ---- te3value3: "or so" after a date or span makes it approximate (and "a week or so ago" still counts back)
        {"Then, a week or so ago, Gen. Schwarzkopf secretly picked Saturday.", "1991-02-25", "a week or so ago",
         "DATE", "1991-W08", "APPROX"},
        {"Sales should grow over the next two years or so, he said.", "2025-04-05", "the next two years or so",
         "DURATION", "P2Y", "APPROX"},
        {"The plants will be closed over the next year or so, a spokesman said.", "1989-11-02",
         "the next year or so", "DATE", "1990", "APPROX"},
        {"The plant reopened in March or so.", "2025-04-05", "March or so", "DATE", "2025-03", "APPROX"},
        {"Talks stalled, or so the envoy said on Friday.", "2025-04-09", "Friday", "DATE", "2025-04-04", ""},
        // ---- te3value: a past clause puts a year-less month two or more after the DCT's into last year; a present
        // verb in the clause, a day of the month or the next month keep this year's
        {"The cemetery operator changed from a fiscal year to a calendar year in December.", "1989-10-27",
         "December", "DATE", "1988-12", ""},
        {"The clinic opened a second wing in August.", "2025-04-05", "August", "DATE", "2024-08", ""},
        {"The board said the plant opens in August.", "2025-04-05", "August", "DATE", "2025-08", ""},
        {"Dealers placed orders for November transactions.", "1989-10-30", "November", "DATE", "1989-11", ""},
        {"The offer was extended to Nov. 16.", "1989-10-30", "Nov. 16", "DATE", "1989-11-16", ""},
        // ---- te3value: recent/past/coming/future + years, decades, quarters or days is a vague reference (PAST_REF,
        // FUTURE_REF); weeks and months stay spans of unknown length
        {"Columbia owes its spectacular growth in recent years to its junk-bond portfolio.", "1989-10-26",
         "recent years", "DATE", "PAST_REF", ""},
        {"Of course, there were sell programs in past years, too.", "1989-10-30", "past years", "DATE", "PAST_REF", ""},
        {"\"It doesn't bode well for coming quarters,\" said John Jacobson.", "1989-10-26", "coming quarters", "DATE",
         "FUTURE_REF", ""},
        {"The carry-forwards will cut tax payments in future quarters.", "1989-10-30", "future quarters", "DATE",
         "FUTURE_REF", ""},
        {"Clashes have flared in the region in recent days.", "1998-03-08", "recent days", "DATE", "PAST_REF", ""},
        {"The town has shrunk over recent decades.", "2025-04-05", "recent decades", "DATE", "PAST_REF", ""},
        {"Prices have climbed in recent weeks.", "2025-04-05", "recent weeks", "DURATION", "PXW", ""},
        // ---- te3value: "N years old" is an age, no timex; a span before another word stays one
        {"Mr. Reupke, 52 years old, resigned from the board.", "1989-11-02", "", "", "", ""},
        {"The program is available to Upjohn employees 55 years old or older.", "1989-11-02", "", "", "", ""},
        {"The bridge is three months old.", "2025-04-05", "", "", "", ""},
        {"He spent 37 years in prison.", "2025-04-05", "37 years", "DURATION", "P37Y", ""},
        // ---- te3value: "as soon as" + a clause and "soon after/before" tie events together, no timex; "as soon as
        // possible" is one time ahead
        {"Friendly institutions were likely to buy its stock as soon as trading opened.", "1989-10-27", "", "", "",
         ""},
        {"Officials concluded he had probably been killed soon after being captured.", "1998-02-19", "", "", "", ""},
        {"The rebels fled soon before the troops arrived.", "2025-04-05", "", "", "", ""},
        {"He wants the talks to resume as soon as possible.", "2025-04-05", "as soon as possible", "DATE",
         "FUTURE_REF", ""},
        {"The company will report earnings as soon as next week.", "2025-04-05", "next week", "DATE", "2025-W15",
         ""},
        // ---- te3value: "the <ordinal> day of" after a present verb ("is", "it's") is the day the story is told
        {"It's the second day of an offensive by the security forces against villages populated by ethnic Albanians.",
         "1998-03-06", "the second day", "DATE", "1998-03-06", ""},
        {"In Saudi Arabia, today is the eighth day of Desert Shield.", "1990-08-15", "the eighth day", "DATE",
         "1990-08-15", ""},
        {"The strikers are in the fourth day of their protest.", "2025-04-05", "the fourth day", "DATE", "2025-04-05",
         ""},
        {"It was the third day of the strike.", "2025-04-05", "", "", "", ""},
        // ---- te3value: plural "meet" is a present schedule and anchors a weekday ahead
        {"He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State Madeleine Albright.",
         "1998-05-01", "Monday", "DATE", "1998-05-04", ""},
        {"The two ministers meet Thursday in Geneva.", "2025-04-05", "Thursday", "DATE", "2025-04-10", ""},
        {"The two ministers met Thursday in Geneva.", "2025-04-05", "Thursday", "DATE", "2025-04-03", ""},
        // ---- te3value: "last year's quarter", "the corresponding period last year", "the quarter a year ago": the
        // reported quarter a year back, one timex
        {"U.K. sales for last year's quarter were about $3 million.", "1989-11-01", "last year's quarter", "DATE",
         "1988-Q3", ""},
        {"The company had net income of $1.8 million for the corresponding period last year.", "1989-11-01",
         "the corresponding period last year", "DATE", "1988-Q3", ""},
        {"For the quarter a year ago, Columbia reported earnings of $16.3 million.", "1989-10-26",
         "the quarter a year ago", "DATE", "1988-Q3", ""},
        {"Profit fell from last year's $2.34 billion.", "1989-10-26", "last year", "DATE", "1988", ""},
        {"Sales in the same period a year earlier were $4 million.", "2025-04-05", "the same period a year earlier",
         "DATE", "2024-Q1", ""},
        // ---- te3value: a deadline ("by February") after a present verb in its own part looks ahead even when the
        // clause has a past verb elsewhere
        {"The sale, which had been expected, is part of KKR's program to pay down $5 billion of a $6 billion bridge "
         "loan by February.", "1989-10-30", "February", "DATE", "1990-02", ""},
        {"The company had repaid the loan by February.", "1989-10-30", "February", "DATE", "1989-02", ""},
        // ---- te3value: a possessive weekday names a day already past unless the clause looks ahead
        {"Nestle's share of 7% before Friday's purchases is far below the shares of Mars.", "1989-10-30", "Friday",
         "DATE", "1989-10-27", ""},
        {"The bonds carry a 24% conversion premium over Thursday\u2019s closing price.", "1989-10-30", "Thursday", "DATE",
         "1989-10-26", ""},
        {"Shareholders will vote at Friday's meeting.", "1989-10-30", "Friday", "DATE", "1989-11-03", ""},
        // ---- te3value: "a <month> <noun>" dates the noun; a capitalized word after the month is a name
        {"Poughkeepsie is continuing to try to sell itself, under a June agreement with a dissident group.",
         "1989-10-27", "June", "DATE", "1989-06", ""},
        {"The firm won a March contract for radar parts.", "2025-04-05", "March", "DATE", "2025-03", ""},
        {"She recorded a June Carter song.", "2025-04-05", "", "", "", ""},
        // ---- te3value: in an earnings report (a quarter and earnings words), "compared with ... last year" is the
        // reported quarter a year back; elsewhere, or without the comparison, last year is the year
        {"The third-quarter unit posted earnings of $24 million, compared with a loss of $3 million last year.",
         "1989-11-02", "last year", "DATE", "1988-Q3", ""},
        {"Third-quarter sales rose, and the unit was sold last year.", "1989-11-02", "last year", "DATE", "1988", ""},
        {"Rainfall this spring was low compared with last year.", "2025-04-05", "last year", "DATE", "2024", ""},
        // ---- te3value: "the fiscal-first quarter" is the company's first quarter of the DCT's year
        {"Net was C$4 million, or 12 Canadian cents a share, for the fiscal-first quarter ended Sept. 30.", "1989-10-26",
         "the fiscal-first quarter", "DATE", "1989-Q1", ""},
        {"Sales rose 8% in the fiscal-second quarter.", "2025-04-05", "the fiscal-second quarter", "DATE", "2025-Q2",
         ""},
    };
    EXPECT_GE(std::size(cases), 150u);
    for (const TimexCase& c : cases) {
        SCOPED_TRACE(std::string(c.text) + " (dct " + (*c.dct ? c.dct : "none") + ")");
        const Analysis a = analyze(c.text, AnalyzeOptions{c.dct});
        if (!*c.extent) {
            EXPECT_TRUE(a.timexes.empty()) << "found:" << describe(a);
            continue;
        }
        const Timex* t = find_extent(a, c.extent);
        if (!t) {
            ADD_FAILURE() << "no timex with extent \"" << c.extent << "\"; found:" << describe(a);
            continue;
        }
        EXPECT_EQ(t->type, c.type);
        EXPECT_EQ(timex3_value(t->time), c.value);
        EXPECT_EQ(timex3_mod(t->time.mod), std::string(c.mod));
    }
}

TEST(Temporal, WithoutDctAWeekdayStaysUnanchored) {
    const Analysis a = analyze("The minister resigned on Friday, and parliament met on Tuesday.");
    EXPECT_EQ(a.dct.origin, DctOrigin::None);
    EXPECT_TRUE(a.dct.value.empty());
    ASSERT_EQ(a.timexes.size(), 2u) << describe(a);
    EXPECT_EQ(timex3_value(a.timexes[0].time), "XXXX-WXX-5");
    EXPECT_EQ(timex3_value(a.timexes[1].time), "XXXX-WXX-2");
}

TEST(Temporal, WithoutDctAFullDateIsOnlyALowerBound) {
    // the text was written on or after 6 March 2025, but how long after it does not say: nothing is resolved
    const Analysis a = analyze("The ceasefire took effect on 6 March 2025. Fighting resumed on Friday.");
    EXPECT_EQ(a.dct.origin, DctOrigin::None);
    EXPECT_TRUE(a.dct.value.empty());
    EXPECT_EQ(a.dct.earliest, "2025-03-06");
    EXPECT_TRUE(a.dct.latest.empty());
    ASSERT_EQ(a.timexes.size(), 2u) << describe(a);
    EXPECT_EQ(timex3_value(a.timexes[0].time), "2025-03-06");
    EXPECT_EQ(timex3_value(a.timexes[1].time), "XXXX-WXX-5");
}

TEST(Temporal, ANarrowRangeIsResolvedAgainstItsStart) {
    const Analysis a = analyze("Talks began on 2 January 2024. They ended on March 9, 2025. The parties will meet "
                               "again on March 12, 2025. A day earlier, few cared.");
    EXPECT_EQ(a.dct.origin, DctOrigin::Inferred);
    EXPECT_EQ(a.dct.value, "2025-03-09");
    EXPECT_EQ(a.dct.latest, "2025-03-12");
}

TEST(Temporal, AGivenDctWinsOverInference) {
    const Analysis a = analyze("The ceasefire took effect on 6 March 2025.", AnalyzeOptions{"2025-04-05"});
    EXPECT_EQ(a.dct.origin, DctOrigin::Given);
    EXPECT_EQ(a.dct.value, "2025-04-05");
}

TEST(Temporal, ADayLaterIsAnchoredToTheDayNamedBefore) {
    const Analysis a = analyze("Troops entered the city on 3 March. A day later, they withdrew.",
                               AnalyzeOptions{"2025-04-05"});
    ASSERT_EQ(a.timexes.size(), 2u) << describe(a);
    EXPECT_EQ(timex3_value(a.timexes[1].time), "2025-03-04");
    EXPECT_EQ(a.timexes[1].anchor, static_cast<int32_t>(a.timexes[0].id));
    EXPECT_EQ(a.timexes[0].anchor, -1);  // resolved against the DCT
}

TEST(Temporal, TheReferenceDayDoesNotCrossParagraphs) {
    const Analysis a = analyze("Troops entered the city on 3 March.\n\nA day later, they withdrew.",
                               AnalyzeOptions{"2025-04-05"});
    ASSERT_EQ(a.timexes.size(), 2u) << describe(a);
    EXPECT_EQ(a.timexes[1].anchor, -1);
}

TEST(Temporal, TheStorysMonthCrossesParagraphs) {
    // TE3 wsj_0786: wire copy names the month in one paragraph and steps from it in the next
    const Analysis a = analyze("In March, American Medical received an offer.\n\nThe following month, the company "
                               "put itself up for sale.",
                               AnalyzeOptions{"1989-10-27"});
    ASSERT_EQ(a.timexes.size(), 2u) << describe(a);
    EXPECT_EQ(timex3_value(a.timexes[1].time), "1989-04");
    EXPECT_EQ(a.timexes[1].anchor, static_cast<int32_t>(a.timexes[0].id));
}

TEST(Temporal, SpansAreByteOffsetsIntoTheSourceText) {
    const Analysis a = analyze("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D she said on Friday.",
                               AnalyzeOptions{"2025-04-05"});
    ASSERT_EQ(a.timexes.size(), 1u) << describe(a);
    EXPECT_EQ(a.timexes[0].span.of(a.source.text), "Friday");
    EXPECT_EQ(a.timexes[0].span.start, a.source.text.find("Friday"));
}

}  // namespace
}  // namespace storylens
