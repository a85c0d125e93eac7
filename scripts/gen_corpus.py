#!/usr/bin/env python3
"""Writes a deterministic synthetic news corpus for benchmarks: many short wire-style articles with datelines,
quotes and attributions, names, organisations, places, figures and dates in every format the engine reads.

usage: gen_corpus.py [--mb N] [--seed S] OUT      (1 MB = 2^20 bytes; articles are separated by blank lines)

The same --seed and --mb always give the same bytes. Nothing here is copied from a real article: sentences are
assembled from small vocabularies, so the text varies the way a day's wire output does.
"""
import argparse
import random

FIRST = ["Amira", "John", "Leila", "Omar", "Sofia", "David", "Nadia", "Carlos", "Mei", "Yusuf", "Anna", "Tariq",
         "Elena", "Samuel", "Fatima", "Hiroshi", "Grace", "Ibrahim", "Lucia", "Pavel", "Zainab", "Michael", "Rania",
         "Kwame", "Ingrid", "Rashid", "Chloe", "Dmitri", "Aisha", "Felipe", "Hannah", "Karim", "Olga", "Thomas"]
LAST = ["Haddad", "Smith", "Rahimi", "Khalil", "Moreno", "Cohen", "Barzani", "Alvarez", "Chen", "Ozturk", "Novak",
        "Aziz", "Petrova", "Okafor", "Mansour", "Tanaka", "Mensah", "Salih", "Ferrari", "Ivanov", "Jaber", "Brown",
        "Nasser", "Boateng", "Larsen", "Hamdan", "Dubois", "Sokolov", "Yilmaz", "Costa", "Weber", "Qasim", "Kaur"]
ROLES = ["the foreign minister", "a government spokesman", "a senior UN official", "the city's mayor",
         "a local resident", "an economist at the central bank", "the company's chief executive",
         "a spokeswoman for the ministry", "an opposition lawmaker", "a human rights researcher",
         "the regional governor", "a military commander", "a hospital director", "a union leader"]
TITLES = ["President", "Prime Minister", "Minister", "Dr.", "General", "Judge", "Senator", "Governor", "Ambassador"]
ORGS = ["Amnesty International", "the United Nations", "the World Health Organization", "the Interior Ministry",
        "the central bank", "the European Commission", "Human Rights Watch", "the Red Cross", "Acme Inc.",
        "the electoral commission", "the Finance Ministry", "the African Union", "the IMF", "Reuters", "the AP",
        "the national oil company", "the Supreme Court", "the health ministry", "Doctors Without Borders"]
PLACES = [("SULAIMANI", "Kurdistan Region of Iraq"), ("BEIRUT", "Lebanon"), ("NAIROBI", "Kenya"),
          ("BRUSSELS", "Belgium"), ("LIMA", "Peru"), ("ANKARA", "Turkey"), ("MANILA", "Philippines"),
          ("WASHINGTON", None), ("LONDON", None), ("GENEVA", None), ("DAMASCUS", "Syria"), ("KYIV", "Ukraine"),
          ("LAGOS", "Nigeria"), ("JAKARTA", "Indonesia"), ("BOGOTA", "Colombia"), ("TUNIS", "Tunisia")]
AGENCIES = ["AP", "Reuters", "AFP"]
COUNTRIES = ["Syria", "Iraq", "Kenya", "Peru", "Turkey", "Lebanon", "Ukraine", "Nigeria", "Colombia", "Indonesia",
             "the United States", "Germany", "France", "Japan", "Brazil", "Egypt", "India", "Canada"]
SUBJECTS = ["the ceasefire", "the budget", "the election", "the trade deal", "the investigation", "the strike",
            "the reconstruction plan", "the vaccine rollout", "the peace talks", "the new tax", "the dam project",
            "the aid convoy", "the court ruling", "the merger", "the pipeline", "the evacuation", "the census"]
PAST_VERBS = ["announced", "approved", "rejected", "postponed", "signed", "suspended", "criticised", "defended",
              "launched", "completed", "delayed", "investigated", "condemned", "welcomed", "extended"]
FUTURE_VERBS = ["review", "announce", "sign", "vote on", "resume", "finalise", "debate", "reopen", "expand"]
SAY = ["said", "told reporters", "said in a statement", "wrote on social media", "told a news conference",
       "added", "warned", "insisted", "confirmed", "said on condition of anonymity"]
QUOTES = ["We will not accept {x}", "This is a turning point for {c}", "Nobody expected {x} to move so quickly",
          "The numbers speak for themselves", "We are closely following {x}", "It is too early to judge {x}",
          "Our priority is the safety of civilians", "We need more time", "This decision was long overdue",
          "The people of {c} deserve better", "There is no plan B", "We have done everything we could"]
UNITS = ["civilians", "families", "workers", "students", "patients", "households", "soldiers", "voters", "jobs"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "several", "a few", "nearly forty", "more than ten"]


class Writer:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def person(self):
        first, last = self.pick(FIRST), self.pick(LAST)
        roll = self.r.random()
        if roll < 0.35:
            return f"{self.pick(TITLES)} {first} {last}"
        if roll < 0.7:
            return f"{first} {last}, {self.pick(ROLES)},"
        return f"{first} {last}"

    def date(self):
        r, d, m, y = self.r, self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(1990, 2026)
        forms = [
            lambda: f"on {d} {MONTHS[m - 1]} {y}", lambda: f"on {MONTHS[m - 1]} {d}, {y}",
            lambda: f"on {ABBR[m - 1]} {d}", lambda: f"on {self.pick(DAYS)}", lambda: f"late {self.pick(DAYS)}",
            lambda: f"{self.pick(DAYS)} night", lambda: f"in early {MONTHS[m - 1]}", lambda: f"in {MONTHS[m - 1]} {y}",
            lambda: "yesterday", lambda: "last week", lambda: "earlier this month", lambda: "last year",
            lambda: f"{self.pick(NUMBER_WORDS)} years ago", lambda: f"since {y}", lambda: f"in the {y // 10 * 10}s",
            lambda: "in the third quarter", lambda: f"at {r.randint(1, 12)}:{r.randint(0, 59):02d} "
                                                    f"{self.pick(['a.m.', 'p.m.'])}",
            lambda: f"on {m}/{d}/{y}", lambda: f"on {y}-{m:02d}-{d:02d}", lambda: f"in fiscal {y}",
            lambda: f"in mid-{y}", lambda: "a day later", lambda: "the next day", lambda: "this morning"]
        return self.pick(forms)()

    def count(self):
        r = self.r
        if r.random() < 0.5:
            return f"{r.randint(2, 999)},{r.randint(0, 999):03d} {self.pick(UNITS)}"
        return f"{self.pick(['about', 'nearly', 'more than', 'at least', ''])} {r.randint(12, 900)} {self.pick(UNITS)}".strip()

    def money(self):
        r = self.r
        if r.random() < 0.6:
            return f"${r.randint(1, 90)}.{r.randint(1, 9)} {self.pick(['million', 'billion'])}"
        return f"{r.randint(1, 30)}.{r.randint(0, 9)} percent of {self.pick(['its budget', 'output', 'exports', 'GDP'])}"

    def span(self):
        return f"{self.pick(NUMBER_WORDS)} {self.pick(['days', 'weeks', 'months', 'years', 'decades'])}"

    def quote(self):
        return self.pick(QUOTES).format(x=self.pick(SUBJECTS), c=self.pick(COUNTRIES))

    def sentence(self):
        r = self.r
        kind = r.randrange(9)
        subj, org, person = self.pick(SUBJECTS), self.pick(ORGS), self.person()
        speaker = person.rstrip(",")  # at the end of a clause the appositive needs no closing comma
        if kind == 0:
            return f"\"{self.quote()},\" {person} {self.pick(SAY)}."
        if kind == 1:
            return f"\u201c{self.quote()}.\u201d {person} {self.pick(SAY)} {self.date()}."
        if kind == 2:
            return f"According to {org}, {self.count()} were affected by {subj} {self.date()}."
        if kind == 3:
            return f"{org[0].upper() + org[1:]} {self.pick(PAST_VERBS)} {subj} {self.date()}, {speaker} said."
        if kind == 4:
            return (f"{person} told {self.pick(['Reuters', 'the AP', 'local media', 'state television'])}"
                    f" that {org} would {self.pick(FUTURE_VERBS)} {subj} "
                    f"{self.pick(['next week', 'on Friday', 'next month', 'by mid-2026', 'in the spring', 'within ' + self.span()])}.")
        if kind == 5:
            return (f"The {self.pick(['plan', 'report', 'deal', 'bill', 'inquiry'])} covers {self.count()} and "
                    f"was {self.pick(PAST_VERBS)} {self.date()} in {self.pick(COUNTRIES)}.")
        if kind == 6:
            return (f"Officials in {self.pick(COUNTRIES)} said {subj} had cost {self.money()} over the past "
                    f"{self.pick(['two', 'three', 'six'])} months.")
        if kind == 7:
            return (f"{person} {self.pick(['denied', 'rejected', 'dismissed'])} claims that {subj} had been "
                    f"{self.pick(['illegal', 'rushed', 'a failure', 'unpopular'])} for {self.span()}.")
        return (f"The {self.pick(['vote', 'hearing', 'summit', 'meeting'])} will take place {self.pick(['on Monday', 'next week', 'every year', 'tomorrow', 'on 6 March 2026'])}, "
                f"{self.pick(['organizers', 'officials', 'diplomats'])} said.")

    def article(self):
        r = self.r
        city, region = self.pick(PLACES)
        if r.random() < 0.5 and region:
            dateline = f"{city}, {region} \u2013 "
        else:
            dateline = f"{city} ({self.pick(AGENCIES)}) \u2014 "
        paragraphs = []
        for p in range(r.randint(5, 12)):
            body = " ".join(self.sentence() for _ in range(r.randint(1, 4)))
            paragraphs.append((dateline if p == 0 else "") + body)
        return "\n\n".join(paragraphs) + "\n\n\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=20250405)
    args = ap.parse_args()
    target = int(args.mb * (1 << 20))
    w = Writer(args.seed)
    written = 0
    with open(args.out, "wb") as f:
        while written < target:
            chunk = w.article().encode("utf-8")
            if written + len(chunk) > target:  # end on a whole sentence, exactly at the size asked for
                chunk = chunk[: target - written]
                cut = chunk.rfind(b". ")
                chunk = (chunk[: cut + 1] if cut > 0 else b"").ljust(target - written, b" ")
            f.write(chunk)
            written += len(chunk)
    print(f"{args.out}: {written} bytes, seed {args.seed}")


if __name__ == "__main__":
    main()
