#!/usr/bin/env python3
"""Generates the analyzer's DEVELOPMENT set: varied synthetic résumés with gold labels.

Deterministic (fixed seed). Writes src/test/resources/analysis/dev/dev.jsonl and dev-gold.csv.
Run from the repository root:  python3 src/test/scripts/gen_dev_resumes.py
The held-out set has its own generator (gen_heldout_resumes.py) with different templates and wording.
"""
import csv
import json
import random
from pathlib import Path

R = random.Random(20261123)
OUT = Path("src/test/resources/analysis/dev")

FIRST = ["Maria", "James", "Aisha", "Tom", "Li", "Carlos", "Fatima", "Ivan", "Grace", "Dmitri", "Keisha", "Owen"]
LAST = ["Lopez", "Smith", "Khan", "Nguyen", "O'Brien", "Schmidt", "Okafor", "Rossi", "Kowalski", "Haddad"]
CITIES = ["Springfield", "Riverton", "Lakewood", "Fairview", "Marion", "Georgetown", "Clinton", "Salem"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]


def heading(word):
    style = R.randrange(4)
    if style == 0:
        return word.upper()
    if style == 1:
        return word.title() + ":"
    if style == 2:
        return "## " + word.title()
    return word.title()


def dates():
    y1 = R.randint(1995, 2016)
    y2 = y1 + R.randint(1, 7)
    m1, m2 = R.randrange(12), R.randrange(12)
    form = R.randrange(7)
    if form == 0:
        return f"{MONTHS[m1]} {y1} – Present"
    if form == 1:
        return f"{LONG[m1]} {y1} to {LONG[m2]} {y2}"
    if form == 2:
        return f"{y1}-{y2}"
    if form == 3:
        return f"{m1 + 1:02d}/{y1} to {m2 + 1:02d}/{y2}"
    if form == 4:
        return f"{LONG[m1]} {y1} - {LONG[m2]} {y2}"
    if form == 5:
        return f"{MONTHS[m1]}. {y1} — {MONTHS[m2]}. {y2}"
    return f"{y1} to {y2}"


def entry(title, employer, bullets):
    layout = R.randrange(3)
    d = dates()
    if layout == 0:
        head = f"{title}, {employer}\n{d}"
    elif layout == 1:
        head = f"{title} | {employer} | {d}"
    else:
        head = f"{employer}\n{title}  {d}"
    return head + "\n" + "\n".join("• " + b for b in bullets)


CIVIL_JOBS = [("Retail Sales Associate", "Target"), ("Warehouse Associate", "Amazon"), ("Barista", "Starbucks"),
              ("Accounts Payable Clerk", "Acme Corp"), ("Cashier", "Walmart"), ("Line Cook", "Olive Garden"),
              ("Customer Service Representative", "Comcast"), ("Delivery Driver", "UPS"),
              ("Administrative Assistant", "City Hospital"), ("Teacher's Aide", "Riverton Schools")]
CIVIL_BULLETS = ["Handled customer questions and complaints", "Processed payments and returns",
                 "Trained new staff on store procedures", "Kept inventory records accurate", "Met weekly targets"]

LE_TITLES = [("Police Officer", "{c} Police Department"), ("Patrol Officer", "{c} Police Department"),
             ("Deputy Sheriff", "{c} County Sheriff's Office"), ("Sheriff's Deputy", "{c} County"),
             ("State Trooper", "State Police"), ("Detective", "{c} Police Department"),
             ("Special Agent", "Federal Bureau of Investigation (FBI)"), ("Border Patrol Agent", "U.S. Border Patrol"),
             ("CBP Officer", "U.S. Customs and Border Protection"), ("ICE Deportation Officer", "U.S. Immigration and Customs Enforcement"),
             ("Sergeant", "{c} Police Department"), ("Officer", "{c} Police Department"),
             ("Deputy U.S. Marshal", "U.S. Marshals Service"), ("Highway Patrol Officer", "California Highway Patrol"),
             ("Police Lieutenant", "{c} PD"), ("Chief of Police", "Town of {c}")]
LE_BULLETS = ["Responded to emergency and non-emergency calls for service", "Conducted traffic stops and arrests",
              "Wrote detailed incident reports", "Testified in court", "Investigated burglaries and assaults"]

NON_LE_TITLES = ["Compliance Officer", "Loan Officer", "Chief Financial Officer", "Chief Executive Officer (CEO)",
                 "Petty Officer Second Class", "Warrant Officer", "Information Security Officer", "Customer Service Officer",
                 "Admissions Officer", "Medical Officer", "Privacy Officer", "Executive Officer", "Program Officer",
                 "Credit Officer", "Trust Officer", "Investment Officer", "Training Officer", "Safety Officer",
                 "HR Officer", "Public Information Officer", "Chief Information Security Officer (CISO)", "Mortgage Loan Officer",
                 "Project Officer", "Chief Technology Officer"]
NON_LE_EMPLOYERS = ["First National Bank", "Acme Corp", "U.S. Navy", "State University", "Mercy Hospital", "Globex LLC"]

DEFERRED = [("Correctional Officer", "{c} County Jail"), ("Corrections Officer", "State Department of Corrections"),
            ("Detention Officer", "{c} Detention Center"), ("Probation Officer", "{c} County Probation"),
            ("Parole Officer", "State Parole Board"), ("Military Police", "U.S. Army"),
            ("Reserve Police Officer", "{c} Police Reserve"), ("Campus Police Officer", "{c} University"),
            ("Tribal Police Officer", "Navajo Nation"), ("Armed Security Officer", "Allied Universal"),
            ("Officer", "Brinks Holdings")]

CIVILIAN = [("Police Dispatcher", "{c} Police Department"), ("911 Dispatcher", "{c} Emergency Communications"),
            ("Records Clerk", "{c} County Sheriff's Office"), ("Crime Analyst", "{c} Police Department"),
            ("Evidence Technician", "{c} Police Department"), ("Records Specialist", "{c} Police Department")]


def contact():
    return f"{R.choice(FIRST)} {R.choice(LAST)}\n{R.choice(CITIES)}, ST · (555) 01{R.randint(10, 99)}-{R.randint(1000, 9999)}"


def education(extra=None):
    lines = [heading("education"), R.choice(["B.A. Communications, State University, 2012",
                                            "Associate of Applied Science, Community College, 2009",
                                            "High School Diploma, Central High, 2005"])]
    if extra:
        lines.append(extra)
    return "\n".join(lines)


def skills():
    return heading("skills") + "\n" + ", ".join(R.sample(["Microsoft Office", "Customer service", "Spanish",
                                                           "Scheduling", "Excel", "CPR/First Aid", "Report writing"], 4))


def civilian_entries(n):
    return [entry(t, e, R.sample(CIVIL_BULLETS, 2)) for t, e in R.sample(CIVIL_JOBS, n)]


def resume(parts):
    return "\n\n".join(p for p in parts if p)


def build(kind, i):
    c = R.choice(CITIES)
    exp = heading(R.choice(["experience", "work history", "professional experience", "employment history"]))
    if kind == "le":
        t, e = R.choice(LE_TITLES)
        entries = [entry(t, e.format(c=c), R.sample(LE_BULLETS, 3))] + civilian_entries(R.randint(0, 2))
        R.shuffle(entries)
        extra = []
        twist = i % 5
        if twist == 1:
            extra.append(heading("references") + "\nChief John Hale, Chief of Police, " + c + " Police Department")
        if twist == 2:
            extra.append(heading("certifications") + "\nPOST certified; graduated Police Academy 2008")
        if twist == 3:
            entries.append(entry("Loan Officer", "First National Bank", ["Originated residential mortgages"]))
        return resume([contact(), exp + "\n" + "\n\n".join(entries), education(), skills()] + extra)
    if kind == "non_le_title":
        t = R.choice(NON_LE_TITLES)
        entries = [entry(t, R.choice(NON_LE_EMPLOYERS), R.sample(CIVIL_BULLETS, 2))] + civilian_entries(1)
        return resume([contact(), exp + "\n" + "\n\n".join(entries), education(), skills()])
    if kind == "aspiration":
        target = R.choice(["police officer", "ICE officer", "state trooper", "detective", "federal agent",
                           "deputy sheriff", "border patrol agent"])
        obj = R.choice([f"I hope to become a {target} and serve my community.",
                        f"Seeking a career in law enforcement as a {target}.",
                        f"My goal is to become a {target}.",
                        f"Motivated graduate interested in becoming a {target}.",
                        f"I aspire to become a {target} with a large agency."])
        first = R.choice(["Loan Officer", "Compliance Officer", "Retail Sales Associate", "Customer Service Officer"])
        return resume([contact(), heading("objective") + "\n" + obj,
                       exp + "\n" + entry(first, R.choice(NON_LE_EMPLOYERS), R.sample(CIVIL_BULLETS, 2)),
                       education(), skills()])
    if kind == "negation":
        neg = R.choice(["I am not a sworn officer, but I have worked in public safety support roles.",
                        "Although I have never been a police officer, I bring strong communication skills.",
                        "No law enforcement experience; eager to learn.",
                        "Note: I am not a police officer; my title was Customer Service Officer."])
        return resume([contact(), heading("summary") + "\n" + neg, exp + "\n" + "\n\n".join(civilian_entries(2)),
                       education(), skills()])
    if kind == "third_party":
        tp = R.choice(["Worked alongside police officers during large public events.",
                       "Served as liaison with local police officers and fire crews.",
                       "Trained officers in Excel and report writing software.",
                       "Assisted officers with paperwork at the front desk.",
                       "Coordinated with detectives on loss prevention cases."])
        t, e = R.choice(CIVIL_JOBS)
        body = entry(t, e, [tp, R.choice(CIVIL_BULLETS)])
        refs = heading("references") + "\n" + R.choice(["Capt. Ann Reyes, Police Captain, " + c + " Police Department",
                                                     "Robert King, Chief of Police, City of " + c,
                                                     "Deputy Sheriff Mark Ellis, " + c + " County Sheriff's Office"])
        return resume([contact(), exp + "\n" + body, education(), skills(), refs if i % 2 else None])
    if kind == "civilian":
        t, e = R.choice(CIVILIAN)
        body = entry(t, e.format(c=c), ["Answered 911 calls and dispatched units", "Maintained records for sworn officers"])
        return resume([contact(), exp + "\n" + body + "\n\n" + "\n\n".join(civilian_entries(1)), education(), skills()])
    if kind == "coursework":
        extra = R.choice(["Coursework: Criminal Justice, Criminology, Police Science",
                          "Police Explorer program, 2006-2008; completed a ride-along with patrol officers",
                          "Criminal Justice internship with the " + c + " Police Department, Summer 2018",
                          "Citizen's Police Academy graduate, 2017"])
        return resume([contact(), heading("objective") + "\nEntry-level position in security.",
                       exp + "\n" + "\n\n".join(civilian_entries(2)),
                       education("B.S. Criminal Justice, State University, 2019\n" + extra), skills()])
    if kind == "deferred":
        t, e = R.choice(DEFERRED)
        body = entry(t, e.format(c=c), ["Supervised inmates and maintained facility security" if "orrection" in t or "etention" in t
                                        else "Patrolled assigned areas and wrote reports"])
        return resume([contact(), exp + "\n" + body + "\n\n" + "\n\n".join(civilian_entries(1)), education(), skills()])
    if kind == "combo_deferred_aspiration":
        return resume([contact(), heading("objective") + "\nI hope to become a police officer.",
                       exp + "\n" + entry("Correctional Officer", c + " County Jail", ["Supervised inmates"]), education()])
    if kind == "plain":
        return resume([contact(), exp + "\n" + "\n\n".join(civilian_entries(3)), education(), skills()])
    raise ValueError(kind)


PLAN = ([("le", "LE")] * 45 + [("non_le_title", "NOT_LE")] * 30 + [("aspiration", "NOT_LE")] * 14
        + [("negation", "NOT_LE")] * 10 + [("third_party", "NOT_LE")] * 14 + [("civilian", "NOT_LE")] * 10
        + [("coursework", "NOT_LE")] * 10 + [("deferred", "UNCERTAIN")] * 14 + [("combo_deferred_aspiration", "UNCERTAIN")] * 3
        + [("plain", "NOT_LE")] * 10)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "dev.jsonl", "w", encoding="utf-8") as js, open(OUT / "dev-gold.csv", "w", newline="", encoding="utf-8") as g:
        w = csv.writer(g, lineterminator="\n")
        w.writerow(["id", "label"])
        for i, (kind, label) in enumerate(PLAN):
            rid = f"dev-{i:03d}-{kind}"
            js.write(json.dumps({"id": rid, "text": build(kind, i)}, ensure_ascii=False) + "\n")
            w.writerow([rid, label])


if __name__ == "__main__":
    main()
