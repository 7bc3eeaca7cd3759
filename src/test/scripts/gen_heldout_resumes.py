#!/usr/bin/env python3
"""Generates the analyzer's HELD-OUT set. Never tune the analyzer on it.

Its templates, headings, titles and sentences are deliberately different from gen_dev_resumes.py
(narrative paragraphs, tables with pipes, all-caps layouts, other titles and agencies).
Deterministic (fixed seed). Writes src/test/resources/analysis/heldout/heldout.jsonl and heldout-gold.csv.
Run from the repository root:  python3 src/test/scripts/gen_heldout_resumes.py
"""
import csv
import json
import random
from pathlib import Path

R = random.Random(77)
OUT = Path("src/test/resources/analysis/heldout")
TOWNS = ["Oak Ridge", "Millbrook", "Ashford", "Dover", "Kingsport", "Bristol", "Newport", "Camden"]
NAMES = ["Priya Patel", "Marcus Bell", "Elena Garcia", "Samuel Osei", "Hannah Weiss", "Jorge Alvarez", "Noor Ali"]
SEASONS = ["Spring", "Summer", "Fall", "Winter"]


def span():
    a = R.randint(1998, 2015)
    b = a + R.randint(2, 9)
    f = R.randrange(5)
    if f == 0:
        return f"{R.randint(1, 12)}/{a} - {R.randint(1, 12)}/{b}"
    if f == 1:
        return f"{a} – {b}"
    if f == 2:
        return f"Since {R.choice(['March', 'June', 'October'])} {a} (current)"
    if f == 3:
        return f"{R.choice(['Feb', 'Aug', 'Nov'])} '{str(a)[2:]} to {R.choice(['Apr', 'Dec'])} {b}"
    return f"{R.choice(SEASONS)} {a} through {R.choice(SEASONS)} {b}"


def top(name):
    return f"{name.upper()}\n{R.choice(TOWNS)} | applicant@example.org"


def section(title, body):
    style = R.randrange(3)
    if style == 0:
        return f"{title.upper()}\n{'-' * len(title)}\n{body}"
    if style == 1:
        return f"**{title}**\n{body}"
    return f"{title}:\n{body}"


def job_line(title, org):
    style = R.randrange(3)
    if style == 0:
        return f"{title} — {org} ({span()})"
    if style == 1:
        return f"{org} | {title} | {span()}"
    return f"{title.upper()}\n{org}, {span()}"


OFFICE = ["Office Manager — Dental Partners", "Data Entry Specialist — Kingsport Logistics",
          "Bank Teller — Harbor Savings", "Receptionist — Ashford Clinic", "Forklift Operator — Metro Freight",
          "Sous Chef — The Lantern", "Sales Coordinator — BrightHome"]

LE = [("Sheriff's Deputy", "{t} County Sheriff's Department"), ("Patrolman", "{t} Police Dept."),
      ("Police Officer II", "City of {t} Police"), ("Narcotics Detective", "{t} Police Department"),
      ("Trooper", "State Highway Patrol"), ("Special Agent", "Drug Enforcement Administration (DEA)"),
      ("Deportation Officer", "ICE Enforcement and Removal Operations"), ("K9 Officer", "{t} PD"),
      ("Corporal", "{t} Police Department"), ("Game Warden", "State Department of Fish and Wildlife"),
      ("School Resource Officer", "{t} Police Department"), ("Investigator", "{t} County Sheriff's Office"),
      ("Customs Officer", "U.S. Customs and Border Protection")]

NON_LE = ["Chief Operating Officer", "Bank Compliance Officer", "Commercial Loan Officer", "Chief Petty Officer",
          "Chief Warrant Officer 3", "Finance Officer", "Grants Officer", "Development Officer", "Chief Marketing Officer",
          "Data Protection Officer", "Relationship Officer", "Escrow Officer", "Claims Officer", "Chief Nursing Officer",
          "Procurement Officer", "Health and Safety Officer", "Information Officer"]

CIVIL = ["Police Records Specialist", "Public Safety Telecommunicator", "Crime Scene Technician",
         "Property and Evidence Clerk", "Emergency Dispatcher"]

DEFER = [("Jailer", "{t} County Detention Facility"), ("Juvenile Probation Officer", "{t} Juvenile Court"),
         ("Auxiliary Police Officer", "{t} Auxiliary Police"), ("Master-at-Arms", "U.S. Navy")]


def le(i):
    t = R.choice(TOWNS)
    title, org = R.choice(LE)
    narrative = R.choice(["Answered calls for service and made arrests.", "Handled case files from report to prosecution.",
                          "Patrolled an assigned beat on nights."])
    body = job_line(title, org.format(t=t)) + "\n- " + narrative
    extra = []
    if i % 4 == 0:
        body += "\n" + R.choice(OFFICE) + f" ({span()})"
    if i % 4 == 1:
        extra.append(section("Training", "Basic Law Enforcement Academy; FLETC Criminal Investigator Training Program"))
    if i % 4 == 2:
        extra.append(section("Professional References", "Sgt. Dana Cole, Police Sergeant — (555) 0100"))
    return "\n\n".join([top(R.choice(NAMES)), section("Career History", body)] + extra)


def non_le(i):
    title = R.choice(NON_LE)
    body = job_line(title, R.choice(["Harbor Savings", "Meridian Health", "USS Harper", "Kingsport Logistics", "Ashford College"]))
    body += "\n- Managed budgets and reporting\n" + R.choice(OFFICE) + f" ({span()})"
    return "\n\n".join([top(R.choice(NAMES)), section("Employment", body)])


def wish(i):
    w = R.choice(["My dream is to become a sheriff's deputy in my home county.",
                  "I plan to become a state trooper after finishing my degree.",
                  "Currently applying for a position as a police officer.",
                  "I would like to become a detective someday.",
                  "Hoping to become a deputy sheriff while working as a bank loan officer."])
    return "\n\n".join([top(R.choice(NAMES)), section("About Me", w),
                        section("Employment", job_line(R.choice(["Loan Officer", "Cashier", "Credit Officer"]), "Harbor Savings"))])


def never(i):
    n = R.choice(["I have never worked as a police officer.", "Not a sworn officer; civilian volunteer only.",
                  "I have no prior law enforcement experience."])
    return "\n\n".join([top(R.choice(NAMES)), section("Profile", n), section("Employment", R.choice(OFFICE) + f" ({span()})")])


def others(i):
    o = R.choice(["Partnered with patrol officers to secure the mall during holidays.",
                  "Taught police officers to use the new records software.",
                  "Interacted with sheriff's deputies during courthouse deliveries.",
                  "Provided support to detectives as an IT contractor."])
    return "\n\n".join([top(R.choice(NAMES)), section("Employment", R.choice(OFFICE) + f" ({span()})\n- " + o)])


def civ(i):
    t = R.choice(TOWNS)
    return "\n\n".join([top(R.choice(NAMES)), section("Employment", job_line(R.choice(CIVIL), f"{t} Police Department")
                                                     + "\n- Supported sworn staff; no arrest powers")])


def study(i):
    s = R.choice(["Bachelor of Criminal Justice, Ashford College (2020)", "Criminology minor; Law Enforcement Explorer, Post 12",
                  "Ride-along program with the Dover Police Department, 2019"])
    return "\n\n".join([top(R.choice(NAMES)), section("Education", s), section("Employment", R.choice(OFFICE) + f" ({span()})")])


def defer(i):
    t = R.choice(TOWNS)
    title, org = R.choice(DEFER)
    return "\n\n".join([top(R.choice(NAMES)), section("Career History", job_line(title, org.format(t=t)))])


PLAN = ([(le, "LE")] * 20 + [(non_le, "NOT_LE")] * 12 + [(wish, "NOT_LE")] * 5 + [(never, "NOT_LE")] * 3
        + [(others, "NOT_LE")] * 4 + [(civ, "NOT_LE")] * 3 + [(study, "NOT_LE")] * 3 + [(defer, "UNCERTAIN")] * 4)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "heldout.jsonl", "w", encoding="utf-8") as js, \
            open(OUT / "heldout-gold.csv", "w", newline="", encoding="utf-8") as g:
        w = csv.writer(g, lineterminator="\n")
        w.writerow(["id", "label"])
        for i, (fn, label) in enumerate(PLAN):
            rid = f"ho-{i:03d}-{fn.__name__}"
            js.write(json.dumps({"id": rid, "text": fn(i)}, ensure_ascii=False) + "\n")
            w.writerow([rid, label])


if __name__ == "__main__":
    main()
