package org.secondlook.demo;

import static org.secondlook.demo.WordLists.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.secondlook.review.cases.Span;

/**
 * Job titles, employers and duty bullets for each archetype. The texts never use the plural
 * "officers", so the tool's substring rule and a word match find the same evidence.
 * All employers not named after a public body are invented.
 */
final class RoleCatalog {
    private final WordLists words;

    RoleCatalog(WordLists words) {
        this.words = words;
    }

    /** Title and employer of the archetype's defining job, plus its bullets. */
    Job definingJob(Archetype a, Random rnd, WordLists.Place home, Span span) {
        WordLists.Place p = home;
        return switch (a) {
            case POLICE_OFFICER -> job(pick(rnd, "Police Officer", "Police Officer II", "Patrol Officer", "Police Officer / Field Training Officer"),
                    p.city() + " Police Department", p, span, rnd, POLICE);
            case DEPUTY_SHERIFF -> job(pick(rnd, "Deputy Sheriff", "Sheriff's Deputy", "Patrol Deputy"),
                    p.county() + " County Sheriff's Office", p, span, rnd, DEPUTY);
            case STATE_TROOPER -> job(pick(rnd, "State Trooper", "Trooper First Class", "Highway Patrol Trooper"),
                    pick(rnd, p.state() + " State Police", p.state() + " Highway Patrol"), p, span, rnd, TROOPER);
            case FEDERAL_AGENT -> job(pick(rnd, "Special Agent", "Special Agent", "Border Patrol Agent", "Deputy U.S. Marshal"),
                    pick(rnd, "Federal Bureau of Investigation", "Drug Enforcement Administration", "Homeland Security Investigations",
                            "U.S. Border Patrol", "U.S. Marshals Service"), p, span, rnd, FEDERAL);
            case CORPORATE_OFFICER -> corporate(rnd, p, span);
            case PETTY_OFFICER -> job(pick(rnd, "Petty Officer Second Class (OS2)", "Petty Officer First Class (ET1)",
                    "Petty Officer Third Class (YN3)"), "U.S. Navy, USS " + pick(rnd, "Harbor Crest", "Granite Bay", "Lone Prairie",
                    "Cape Meridian"), p, span, rnd, NAVY);
            case CORRECTIONS_OFFICER -> job(pick(rnd, "Correctional Officer", "Corrections Officer", "Detention Officer"),
                    pick(rnd, p.state() + " Department of Corrections", p.county() + " County Detention Center"), p, span, rnd, CORRECTIONS);
            case SECURITY_OFFICER -> job(pick(rnd, "Security Officer", "Armed Security Officer", "Campus Security Officer"),
                    pick(rnd, "Sentinel Guard Services", "Apex Protective Services", "Harborline Security", "Lakeside Medical Center"),
                    p, span, rnd, SECURITY);
            case POLICE_CIVILIAN -> policeCivilian(rnd, p, span);
            case ASPIRING_ICE_OFFICER, THIRD_PARTY_OFFICER, CIVILIAN -> civilian(rnd, p, span);
        };
    }

    Job civilian(Random rnd, WordLists.Place p, Span span) {
        String[][] roles = {
            {"Registered Nurse", "HEALTH"}, {"Warehouse Supervisor", "WAREHOUSE"}, {"Retail Store Manager", "RETAIL"},
            {"Commercial Truck Driver", "DRIVER"}, {"Customer Service Representative", "SERVICE"}, {"Electrician", "TRADE"},
            {"High School Teacher", "TEACH"}, {"Line Cook", "FOOD"}, {"Medical Assistant", "HEALTH"}, {"Inventory Specialist", "WAREHOUSE"},
        };
        String[] role = pick(rnd, roles);
        List<String> pool = switch (role[1]) {
            case "HEALTH" -> HEALTH;
            case "WAREHOUSE" -> WAREHOUSE;
            case "RETAIL" -> RETAIL;
            case "DRIVER" -> DRIVER;
            case "TEACH" -> TEACH;
            case "TRADE" -> TRADE;
            case "FOOD" -> FOOD;
            default -> SERVICE;
        };
        String employer = switch (role[1]) {
            case "HEALTH" -> pick(rnd, "Lakeside Medical Center", "Summit Ridge Health", "Bayshore Pharmacy");
            case "WAREHOUSE" -> pick(rnd, "Copperline Logistics", "Westfield Distribution", "Redwood Freight Lines");
            case "RETAIL" -> pick(rnd, "Cedar Hollow Retail", "Bayshore Pharmacy", "Riverbend Foods");
            case "DRIVER" -> pick(rnd, "Redwood Freight Lines", "Copperline Logistics", "Tri-County Transit Authority");
            case "TEACH" -> pick(rnd, "Fairhaven School District", p.city() + " Public Schools");
            case "TRADE" -> pick(rnd, "Ironwood Energy", "Pinecrest Manufacturing", "Oakmont Property Services");
            case "FOOD" -> pick(rnd, "Silverleaf Hospitality", "Riverbend Foods");
            default -> pick(rnd, "Clearview Telecom", "Prairie Wind Utilities", "Northgate Insurance", "Horizon Staffing Partners");
        };
        return job(role[0], employer, p, span, rnd, pool);
    }

    private Job corporate(Random rnd, WordLists.Place p, Span span) {
        int kind = rnd.nextInt(5);
        return switch (kind) {
            case 0 -> job(pick(rnd, "Chief Compliance Officer", "Compliance Officer", "BSA/AML Compliance Officer"),
                    pick(rnd, "Harbor Point Financial", "Meridian Trust Bank", "Bluestone Credit Union"), p, span, rnd, COMPLIANCE);
            case 1 -> job(pick(rnd, "Loan Officer", "Mortgage Loan Officer", "Commercial Loan Officer"),
                    pick(rnd, "Keystone Mortgage Group", "Bluestone Credit Union", "Meridian Trust Bank"), p, span, rnd, LOAN);
            case 2 -> job(pick(rnd, "Chief Financial Officer", "Financial Officer", "Chief Executive Officer", "Chief Operating Officer"),
                    pick(rnd, words.companies), p, span, rnd, FINANCE);
            case 3 -> job(pick(rnd, "Chief Information Security Officer", "Information Security Officer", "Chief Technology Officer"),
                    pick(rnd, "Granite State Software", "Brightwater Analytics", "Clearview Telecom"), p, span, rnd, INFOSEC);
            default -> job(pick(rnd, "Financial Aid Officer", "Admissions Officer", "Chief Privacy Officer"),
                    pick(rnd, "Evergreen Community College", "Summit Ridge Health", "Lakeside Medical Center"), p, span, rnd, ADMIN);
        };
    }

    private Job policeCivilian(Random rnd, WordLists.Place p, Span span) {
        String title = pick(rnd, "Records Clerk", "Emergency Communications Dispatcher", "Crime Analyst",
                "Property and Evidence Technician", "Administrative Assistant to the Chief of Police");
        List<String> bullets = new ArrayList<>(pickSome(rnd, POLICE_CIVILIAN, 3));
        if (rnd.nextBoolean()) {
            bullets.add(rnd.nextInt(bullets.size() + 1), pick(rnd,
                    "Entered the reports filed by the patrol officer on duty into the records management system.",
                    "Relayed call details and license checks to the officer on scene.",
                    "Prepared weekly crime maps for each district commander and officer in charge.",
                    "Logged every item booked into evidence together with the submitting officer's badge number."));
        }
        return new Job(title, p.city() + " Police Department", p.city(), p.stateCode(), span.start(), span.end(), bullets);
    }

    private Job job(String title, String employer, WordLists.Place p, Span span, Random rnd, List<String> pool) {
        return new Job(title, employer, p.city(), p.stateCode(), span.start(), span.end(), pickSome(rnd, pool, 3 + rnd.nextInt(2)));
    }

    static List<String> pickSome(Random rnd, List<String> pool, int n) {
        List<String> copy = new ArrayList<>(pool);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n && !copy.isEmpty(); i++) {
            out.add(copy.remove(rnd.nextInt(copy.size())));
        }
        return out;
    }

    /** A job's time span. */
    record Span(java.time.YearMonth start, java.time.YearMonth end) {
    }

    static final List<String> POLICE = List.of(
            "Responded to an average of 14 calls for service per shift in a high-volume patrol district.",
            "Conducted traffic enforcement, DUI investigations and crash reports.",
            "Wrote detailed incident and arrest reports and testified in municipal and county court.",
            "Served as Field Training Officer for six probationary recruits.",
            "Completed 120 hours of in-service training, including de-escalation and crisis intervention.",
            "Executed search and arrest warrants with the department's tactical unit.",
            "Received the Department Lifesaving Award for CPR given at a traffic collision.",
            "Worked community policing assignments with neighborhood associations and schools.");
    static final List<String> DEPUTY = List.of(
            "Provided courtroom security and transported prisoners between the county jail and court.",
            "Served civil process, eviction notices and protective orders across the county.",
            "Patrolled unincorporated areas as first responder to burglaries, domestic calls and crashes.",
            "Certified in firearms, defensive tactics and emergency vehicle operations.",
            "Investigated property crimes and presented cases to the district attorney.");
    static final List<String> TROOPER = List.of(
            "Enforced traffic and criminal law on 90 miles of interstate highway.",
            "Investigated serious-injury and fatal collisions and prepared reconstruction diagrams.",
            "Assisted stranded motorists and local agencies during severe weather.",
            "Interdicted narcotics during commercial vehicle inspections.",
            "Trained new troopers in radar and lidar speed measurement.");
    static final List<String> FEDERAL = List.of(
            "Led and supported complex investigations into narcotics trafficking and money laundering.",
            "Prepared affidavits for search warrants and criminal complaints with Assistant U.S. Attorneys.",
            "Conducted surveillance, witness interviews and undercover operations.",
            "Maintained firearms and defensive tactics qualifications; certified instructor.",
            "Coordinated multi-agency task force operations with state and local partners.");
    static final List<String> COMPLIANCE = List.of(
            "Designed the anti-money-laundering program and reported quarterly to the audit committee.",
            "Managed know-your-customer reviews for 4,000 commercial accounts.",
            "Filed suspicious activity reports and answered regulator examinations with no findings.",
            "Trained 300 staff a year on sanctions screening and fair lending rules.");
    static final List<String> LOAN = List.of(
            "Originated $38 million in residential mortgages in one year.",
            "Evaluated credit reports, income documents and appraisals against underwriting guidelines.",
            "Guided first-time buyers through FHA and VA loan programs.",
            "Kept a pipeline of 40 active files on schedule to closing.");
    static final List<String> FINANCE = List.of(
            "Prepared annual budgets and monthly forecasts for a $60 million business.",
            "Led the migration to a new ERP system on time and under budget.",
            "Negotiated credit facilities and managed relationships with lenders.",
            "Reported to the board of directors on results, risk and cash position.");
    static final List<String> INFOSEC = List.of(
            "Led the company through its first SOC 2 Type II audit.",
            "Built incident response playbooks and ran quarterly tabletop exercises.",
            "Rolled out multi-factor authentication and endpoint detection to 1,200 devices.",
            "Managed a team of five analysts and the managed security service provider.");
    static final List<String> ADMIN = List.of(
            "Reviewed 2,500 applications a year and advised students and families.",
            "Kept records in line with federal privacy rules.",
            "Represented the institution at regional fairs and community events.");
    static final List<String> NAVY = List.of(
            "Supervised a division of 12 sailors in the combat information center.",
            "Maintained radar and communications equipment to a 98 percent readiness rate.",
            "Qualified Enlisted Surface Warfare Specialist.",
            "Managed the division's training records and watch bills.");
    static final List<String> CORRECTIONS = List.of(
            "Supervised up to 64 inmates in a medium-security housing unit.",
            "Conducted cell searches, headcounts and perimeter checks.",
            "Escorted inmates to medical, visiting and court appointments.",
            "Wrote incident reports and kept the unit log.");
    static final List<String> SECURITY = List.of(
            "Patrolled a 40-acre corporate campus and monitored CCTV cameras.",
            "Controlled access at the front desk and issued visitor badges.",
            "Wrote daily activity reports and called 911 for medical emergencies.",
            "Walked the loading docks and checked alarms after hours.");
    static final List<String> POLICE_CIVILIAN = List.of(
            "Processed public records requests and court subpoenas for case files.",
            "Answered 911 and non-emergency calls and dispatched fire and EMS units.",
            "Analyzed burglary patterns and produced monthly statistics for command staff.",
            "Kept the chain of custody for evidence and prepared items for the crime lab.",
            "Scheduled meetings, handled correspondence and prepared the annual report.");
    static final List<String> HEALTH = List.of(
            "Cared for up to six patients a shift on a medical-surgical unit.",
            "Administered medications and documented care in the electronic health record.",
            "Educated patients and families on discharge plans.",
            "Took vital signs and prepared examination rooms.");
    static final List<String> WAREHOUSE = List.of(
            "Led a shift of 25 associates in receiving, picking and shipping.",
            "Cut mis-picks by 30 percent with a new slotting plan.",
            "Operated forklifts and trained new drivers on safety rules.",
            "Ran cycle counts and reconciled inventory in the WMS.");
    static final List<String> RETAIL = List.of(
            "Managed a store with $4 million in annual sales and 30 employees.",
            "Hired, scheduled and coached the sales team.",
            "Worked with loss prevention to cut shrink by a third.",
            "Planned seasonal displays and promotions.");
    static final List<String> DRIVER = List.of(
            "Drove regional routes with a clean safety record and on-time deliveries.",
            "Completed pre-trip inspections and electronic logs.",
            "Loaded and secured freight and kept delivery paperwork.");
    static final List<String> SERVICE = List.of(
            "Answered 60 customer calls a day about billing and service.",
            "Resolved complaints and kept satisfaction scores above target.",
            "Trained new representatives on the ticketing system.");
    static final List<String> TEACH = List.of(
            "Taught civics and U.S. history to grades 9 through 12.",
            "Coached the debate team to two regional titles.",
            "Developed lesson plans aligned with state standards.");
    static final List<String> TRADE = List.of(
            "Installed and repaired commercial wiring, panels and lighting.",
            "Read blueprints and followed the National Electrical Code.",
            "Completed a four-year apprenticeship and journeyman license.");
    static final List<String> FOOD = List.of(
            "Prepared meals for 300 covers a night in a busy kitchen.",
            "Kept food safety logs and passed every health inspection.",
            "Trained new cooks on the line.");
}
