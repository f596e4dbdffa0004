<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivitySection</name>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Results — {fiscal_year}</source>
        <translation>Results — {fiscal_year}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Check the documents</source>
        <translation>Check the documents</translation>
    </message>
    <message>
        <source>The database does not hold what this target asks for.</source>
        <translation>The database does not hold what this target asks for.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>Not met yet</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nothing was recorded for this activity in the fiscal year.</source>
        <translation>Nothing was recorded for this activity in the fiscal year.</translation>
    </message>
    <message>
        <source>Results against the targets</source>
        <translation>Results against the targets</translation>
    </message>
    <message>
        <source>Area {code}: {title}</source>
        <translation>Area {code}: {title}</translation>
    </message>
    <message>
        <source>{value} of {total} ({percent})</source>
        <translation>{value} of {total} ({percent})</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Network colleges</source>
        <translation>Network colleges</translation>
    </message>
    <message>
        <source>Enterprises in the database</source>
        <translation>Enterprises in the database</translation>
    </message>
    <message>
        <source>Teachers of the subject</source>
        <translation>Teachers of the subject</translation>
    </message>
    <message>
        <source>Students of the subject</source>
        <translation>Students of the subject</translation>
    </message>
    <message>
        <source>In fiscal year B.E. {year} the center followed {count} targets of the operations manual: {met} met, {at_risk} at risk, {not_met} not met and {no_data} without data.</source>
        <translation>In fiscal year B.E. {year} the center followed {count} targets of the operations manual: {met} met, {at_risk} at risk, {not_met} not met and {no_data} without data.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Area {code}</source>
        <translation>Area {code}</translation>
    </message>
    <message>
        <source>Targets of each area by status</source>
        <translation>Targets of each area by status</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>Meeting of</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Workforce demand by level</source>
        <translation>Workforce demand by level</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Positions in Thailand</source>
        <translation>Positions in Thailand</translation>
    </message>
    <message>
        <source>Positions abroad</source>
        <translation>Positions abroad</translation>
    </message>
    <message>
        <source>Positions in all</source>
        <translation>Positions in all</translation>
    </message>
    <message>
        <source>The ten enterprises with the largest demand</source>
        <translation>The ten enterprises with the largest demand</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Agreements in force and planned intake by college</source>
        <translation>Agreements in force and planned intake by college</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <source>MOA</source>
        <translation>MOA</translation>
    </message>
    <message>
        <source>Partner enterprises</source>
        <translation>Partner enterprises</translation>
    </message>
    <message>
        <source>Planned intake</source>
        <translation>Planned intake</translation>
    </message>
    <message>
        <source>Expected graduates</source>
        <translation>Expected graduates</translation>
    </message>
    <message>
        <source>{count} network colleges have no agreement in force in the fiscal year.</source>
        <translation>{count} network colleges have no agreement in force in the fiscal year.</translation>
    </message>
    <message>
        <source>Knowledge-bank components by college</source>
        <translation>Knowledge-bank components by college</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Fiscal years</source>
        <translation>Fiscal years</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Projects of the annual action plan</source>
        <translation>Projects of the annual action plan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Responsible college</source>
        <translation>Responsible college</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>Activities due</source>
        <translation>Activities due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Edition (B.E.)</source>
        <translation>Edition (B.E.)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Short-course runs starting in the fiscal year</source>
        <translation>Short-course runs starting in the fiscal year</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Short-course trainees by college</source>
        <translation>Short-course trainees by college</translation>
    </message>
    <message>
        <source>Trainees of the short-course runs starting in the fiscal year (persons)</source>
        <translation>Trainees of the short-course runs starting in the fiscal year (persons)</translation>
    </message>
    <message>
        <source>Students trained in short courses by college</source>
        <translation>Students trained in short courses by college</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Of them students</source>
        <translation>Of them students</translation>
    </message>
    <message>
        <source>Certification and test centers of the network</source>
        <translation>Certification and test centers of the network</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>No center recorded</source>
        <translation>No center recorded</translation>
    </message>
    <message>
        <source>Certification results of the fiscal year</source>
        <translation>Certification results of the fiscal year</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Share passed</source>
        <translation>Share passed</translation>
    </message>
    <message>
        <source>Certification results by kind of center</source>
        <translation>Certification results by kind of center</translation>
    </message>
    <message>
        <source>Assessments in the fiscal year (persons)</source>
        <translation>Assessments in the fiscal year (persons)</translation>
    </message>
    <message>
        <source>Certifications passed by college</source>
        <translation>Certifications passed by college</translation>
    </message>
    <message>
        <source>Teacher development by college</source>
        <translation>Teacher development by college</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>With a skill gap</source>
        <translation>With a skill gap</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Internships ended</source>
        <translation>Internships ended</translation>
    </message>
    <message>
        <source>Reports on time</source>
        <translation>Reports on time</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Trained: completed a training run starting in the fiscal year. Reports on time: received within {days} days of the internship&apos;s end.</source>
        <translation>Trained: completed a training run starting in the fiscal year. Reports on time: received within {days} days of the internship&apos;s end.</translation>
    </message>
    <message>
        <source>Teachers trained by college</source>
        <translation>Teachers trained by college</translation>
    </message>
    <message>
        <source>Teachers who completed training in the fiscal year (persons)</source>
        <translation>Teachers who completed training in the fiscal year (persons)</translation>
    </message>
    <message>
        <source>Teacher-training runs of the fiscal year</source>
        <translation>Teacher-training runs of the fiscal year</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Placements in enterprises by college</source>
        <translation>Placements in enterprises by college</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Safe</translation>
    </message>
    <message>
        <source>Placements starting in the fiscal year. Safe: share of the students placed (not withdrawn) without an incident.</source>
        <translation>Placements starting in the fiscal year. Safe: share of the students placed (not withdrawn) without an incident.</translation>
    </message>
    <message>
        <source>Placements by college and mode</source>
        <translation>Placements by college and mode</translation>
    </message>
    <message>
        <source>Placements starting in the fiscal year</source>
        <translation>Placements starting in the fiscal year</translation>
    </message>
    <message>
        <source>Final-year students certified by college</source>
        <translation>Final-year students certified by college</translation>
    </message>
    <message>
        <source>Final-year students</source>
        <translation>Final-year students</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Self-assessment reports by college</source>
        <translation>Self-assessment reports by college</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Mean indicator score</source>
        <translation>Mean indicator score</translation>
    </message>
    <message>
        <source>Policy recommendations</source>
        <translation>Policy recommendations</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Appendix: results of each network college</source>
        <translation>Appendix: results of each network college</translation>
    </message>
    <message>
        <source>Nothing was recorded for the network colleges in the fiscal year.</source>
        <translation>Nothing was recorded for the network colleges in the fiscal year.</translation>
    </message>
    <message>
        <source>Each cell is the college&apos;s value of the target numbered in the column&apos;s heading, shaded by its status: green met, orange at risk, red not met (also marked {mark}); &quot;-&quot; no data.</source>
        <translation>Each cell is the college&apos;s value of the target numbered in the column&apos;s heading, shaded by its status: green met, orange at risk, red not met (also marked {mark}); &quot;-&quot; no data.</translation>
    </message>
    <message>
        <source>Areas {first} to {last}</source>
        <translation>Areas {first} to {last}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Operations report</source>
        <translation>Operations report</translation>
    </message>
    <message>
        <source>The center&apos;s annual operations report: the figures of every area of the manual with tables per network college, charts and the targets met and not met.</source>
        <translation>The center&apos;s annual operations report: the figures of every area of the manual with tables per network college, charts and the targets met and not met.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong, but your data is safe and the program keeps running. If it happens again, send the log file {path} to your support person.</source>
        <translation>Something went wrong, but your data is safe and the program keeps running. If it happens again, send the log file {path} to your support person.</translation>
    </message>
</context>
<context>
    <name>AreaCard</name>
    <message>
        <source>Area {code}</source>
        <translation>Area {code}</translation>
    </message>
    <message>
        <source>Open this area (Enter)</source>
        <translation>Open this area (Enter)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>No targets to judge yet</source>
        <translation>No targets to judge yet</translation>
    </message>
    <message>
        <source>Targets met: {met} of {judged}</source>
        <translation>Targets met: {met} of {judged}</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Area {code} of the CVM manual</source>
        <translation>Area {code} of the CVM manual</translation>
    </message>
    <message>
        <source>{fiscal_year} ({span}) · counting…</source>
        <translation>{fiscal_year} ({span}) · counting…</translation>
    </message>
    <message>
        <source>{fiscal_year} ({span})</source>
        <translation>{fiscal_year} ({span})</translation>
    </message>
</context>
<context>
    <name>CentersPage</name>
    <message>
        <source>Assessment rounds: choose a center in the list above to see its rounds.</source>
        <translation>Assessment rounds: choose a center in the list above to see its rounds.</translation>
    </message>
    <message>
        <source>Assessment rounds of the selected center</source>
        <translation>Assessment rounds of the selected center</translation>
    </message>
    <message>
        <source>The centers could not be checked. Open the page again to retry.</source>
        <translation>The centers could not be checked. Open the page again to retry.</translation>
    </message>
    <message>
        <source>Checking the centers…</source>
        <translation>Checking the centers…</translation>
    </message>
    <message>
        <source>{kind}: met ({count} accredited)</source>
        <translation>{kind}: met ({count} accredited)</translation>
    </message>
    <message>
        <source>{kind}: not met</source>
        <translation>{kind}: not met</translation>
    </message>
    <message>
        <source>Accredited centers of each type (manual 4.1-4.3): {parts}</source>
        <translation>Accredited centers of each type (manual 4.1-4.3): {parts}</translation>
    </message>
    <message>
        <source>No accredited center&apos;s validity ends within 90 days.</source>
        <translation>No accredited center&apos;s validity ends within 90 days.</translation>
    </message>
    <message>
        <source>{name}: validity ended {days} days ago ({day})</source>
        <translation>{name}: validity ended {days} days ago ({day})</translation>
    </message>
    <message>
        <source>{name}: validity ends in {days} days ({day})</source>
        <translation>{name}: validity ends in {days} days ({day})</translation>
    </message>
    <message>
        <source>Validity ending within 90 days or ended: {count}</source>
        <translation>Validity ending within 90 days or ended: {count}</translation>
    </message>
</context>
<context>
    <name>CentralOverviewPage</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>CVM center</source>
        <translation>CVM center</translation>
    </message>
    <message>
        <source>Colleges</source>
        <translation>Colleges</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>The center&apos;s excellent subject; point at it for its host college</source>
        <translation>The center&apos;s excellent subject; point at it for its host college</translation>
    </message>
    <message>
        <source>Network colleges of the center</source>
        <translation>Network colleges of the center</translation>
    </message>
    <message>
        <source>Students of the network colleges</source>
        <translation>Students of the network colleges</translation>
    </message>
    <message>
        <source>Student placements: internships, dual-system training and WBL</source>
        <translation>Student placements: internships, dual-system training and WBL</translation>
    </message>
    <message>
        <source>Results of occupational certification of teachers and students</source>
        <translation>Results of occupational certification of teachers and students</translation>
    </message>
    <message>
        <source>Enrolments of teachers in training runs</source>
        <translation>Enrolments of teachers in training runs</translation>
    </message>
    <message>
        <source>When the last package from the center was imported here</source>
        <translation>When the last package from the center was imported here</translation>
    </message>
    <message>
        <source>Host college: {college}</source>
        <translation>Host college: {college}</translation>
    </message>
    <message>
        <source>The figures come from a counts-only package: the center sent numbers, not records.</source>
        <translation>The figures come from a counts-only package: the center sent numbers, not records.</translation>
    </message>
    <message>
        <source>Total, all centers</source>
        <translation>Total, all centers</translation>
    </message>
    <message>
        <source>{count} of {total} centers</source>
        <translation>{count} of {total} centers</translation>
    </message>
    <message>
        <source>no package yet</source>
        <translation>no package yet</translation>
    </message>
    <message>
        <source>{day} (counts)</source>
        <translation>{day} (counts)</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>National overview</translation>
    </message>
    <message>
        <source>National overview by CVM center</source>
        <translation>National overview by CVM center</translation>
    </message>
    <message>
        <source>The figures of each center&apos;s network as received in its packages: records in use, counted under the center of their college. A center that sent a counts-only package shows the numbers it reported.</source>
        <translation>The figures of each center&apos;s network as received in its packages: records in use, counted under the center of their college. A center that sent a counts-only package shows the numbers it reported.</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Read the figures again</translation>
    </message>
    <message>
        <source>Figures by CVM center</source>
        <translation>Figures by CVM center</translation>
    </message>
    <message>
        <source>The figures could not be read. Press Refresh to try again.</source>
        <translation>The figures could not be read. Press Refresh to try again.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>No center has sent a package yet.</source>
        <translation>No center has sent a package yet.</translation>
    </message>
    <message>
        <source>{count} of {total} centers have sent a package; the latest arrived on {day}.</source>
        <translation>{count} of {total} centers have sent a package; the latest arrived on {day}.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Choose the training run whose certificates of completion are to be printed.</source>
        <translation>Choose the training run whose certificates of completion are to be printed.</translation>
    </message>
    <message>
        <source>The training run chosen is not in the database (it may have been deleted). Choose the run again.</source>
        <translation>The training run chosen is not in the database (it may have been deleted). Choose the run again.</translation>
    </message>
    <message>
        <source>Short course: {title} ({first} - {last}), {count} completed</source>
        <translation>Short course: {title} ({first} - {last}), {count} completed</translation>
    </message>
    <message>
        <source>Teacher training: {title} ({first} - {last}), {count} completed</source>
        <translation>Teacher training: {title} ({first} - {last}), {count} completed</translation>
    </message>
    <message>
        <source>{day_month} B.E. {year}</source>
        <translation>{day_month} B.E. {year}</translation>
    </message>
    <message>
        <source>{hours} hours, from {first} to {last}</source>
        <translation>{hours} hours, from {first} to {last}</translation>
    </message>
    <message>
        <source>Certificate no. {number}</source>
        <translation>Certificate no. {number}</translation>
    </message>
    <message>
        <source>Certificate of Completion</source>
        <translation>Certificate of Completion</translation>
    </message>
    <message>
        <source>This certificate is given to certify that</source>
        <translation>This certificate is given to certify that</translation>
    </message>
    <message>
        <source>has completed the training course “{course}”</source>
        <translation>has completed the training course “{course}”</translation>
    </message>
    <message>
        <source>at {place}</source>
        <translation>at {place}</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Given on {date}</translation>
    </message>
    <message>
        <source>Director of the Vocational Manpower Networking Management Center</source>
        <translation>Director of the Vocational Manpower Networking Management Center</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>Certificates of completion</translation>
    </message>
    <message>
        <source>Nobody has been recorded as completing the course “{course}” ({first} - {last}), so there is no certificate to print. Record who completed the training, then print the certificates again.</source>
        <translation>Nobody has been recorded as completing the course “{course}” ({first} - {last}), so there is no certificate to print. Record who completed the training, then print the certificates again.</translation>
    </message>
    <message>
        <source>One certificate page for each person who completed a short course or a teacher training run.</source>
        <translation>One certificate page for each person who completed a short course or a teacher training run.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates of completion</source>
        <translation>Certificates of completion</translation>
    </message>
    <message>
        <source>Certificates of completion of teacher training</source>
        <translation>Certificates of completion of teacher training</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>{count} certificates</source>
        <translation>{count} certificates</translation>
    </message>
</context>
<context>
    <name>CertificationReport</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>1. Certification and test centers of the network</source>
        <translation>1. Certification and test centers of the network</translation>
    </message>
    <message>
        <source>No certification or test center has been recorded.</source>
        <translation>No certification or test center has been recorded.</translation>
    </message>
    <message>
        <source>The network has {count} certification and test centers recorded, {accredited} of them accredited or licensed.</source>
        <translation>The network has {count} certification and test centers recorded, {accredited} of them accredited or licensed.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>2. Results of the fiscal year</source>
        <translation>2. Results of the fiscal year</translation>
    </message>
    <message>
        <source>No assessment or test was recorded in this fiscal year.</source>
        <translation>No assessment or test was recorded in this fiscal year.</translation>
    </message>
    <message>
        <source>In the fiscal year {tested} assessments and tests were recorded; {passed} of them passed ({rate}).</source>
        <translation>In the fiscal year {tested} assessments and tests were recorded; {passed} of them passed ({rate}).</translation>
    </message>
    <message>
        <source>2.1 Results per center</source>
        <translation>2.1 Results per center</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Tested</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Pass rate</translation>
    </message>
    <message>
        <source>Center not recorded</source>
        <translation>Center not recorded</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>2.2 Results per kind of center and of person</source>
        <translation>2.2 Results per kind of center and of person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Teachers certified in the year</source>
        <translation>Teachers certified in the year</translation>
    </message>
    <message>
        <source>Final-year students</source>
        <translation>Final-year students</translation>
    </message>
    <message>
        <source>Final-year students certified in the year</source>
        <translation>Final-year students certified in the year</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>3.1 Teachers certified</source>
        <translation>3.1 Teachers certified</translation>
    </message>
    <message>
        <source>3.2 Students certified</source>
        <translation>3.2 Students certified</translation>
    </message>
    <message>
        <source>3.3 Graduates certified</source>
        <translation>3.3 Graduates certified</translation>
    </message>
    <message>
        <source>3. People certified in the fiscal year</source>
        <translation>3. People certified in the fiscal year</translation>
    </message>
    <message>
        <source>Nobody of this group was certified in this fiscal year.</source>
        <translation>Nobody of this group was certified in this fiscal year.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Occupational standard / qualification</source>
        <translation>Occupational standard / qualification</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nobody was certified in this fiscal year.</source>
        <translation>Nobody was certified in this fiscal year.</translation>
    </message>
    <message>
        <source>4. Targets of area 4 and activity 6.4</source>
        <translation>4. Targets of area 4 and activity 6.4</translation>
    </message>
    <message>
        <source>Occupational certification report</source>
        <translation>Occupational certification report</translation>
    </message>
    <message>
        <source>Certification and test centers, results of the year per center and kind, the people certified and the targets of area 4 and 6.4.</source>
        <translation>Certification and test centers, results of the year per center and kind, the people certified and the targets of area 4 and 6.4.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{path} already exists: choose a new file for the demo database.</source>
        <translation>{path} already exists: choose a new file for the demo database.</translation>
    </message>
    <message>
        <source>The scale must be greater than zero.</source>
        <translation>The scale must be greater than zero.</translation>
    </message>
    <message>
        <source>--center is required: the center&apos;s line (1-101) in the list of centers.</source>
        <translation>--center is required: the center&apos;s line (1-101) in the list of centers.</translation>
    </message>
    <message>
        <source>--college is required: the name of this college.</source>
        <translation>--college is required: the name of this college.</translation>
    </message>
    <message>
        <source>{path} already belongs to a site; its identity is never replaced.</source>
        <translation>{path} already belongs to a site; its identity is never replaced.</translation>
    </message>
    <message>
        <source>The database {path} has no site yet. Set it up first: main.py site init --kind center --center N --db {path}</source>
        <translation>The database {path} has no site yet. Set it up first: main.py site init --kind center --center N --db {path}</translation>
    </message>
    <message>
        <source>{count} rows of {name} have errors; nothing was imported.</source>
        <translation>{count} rows of {name} have errors; nothing was imported.</translation>
    </message>
    <message>
        <source>--with-sensitive is for the students export only.</source>
        <translation>--with-sensitive is for the students export only.</translation>
    </message>
</context>
<context>
    <name>CliKpi</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>No network college of this database has that name. Give the college&apos;s name exactly as it is recorded, or leave --college out for the whole network.</source>
        <translation>No network college of this database has that name. Give the college&apos;s name exactly as it is recorded, or leave --college out for the whole network.</translation>
    </message>
</context>
<context>
    <name>CliPackage</name>
    <message>
        <source>{path} already exists: choose a new file name for the package.</source>
        <translation>{path} already exists: choose a new file name for the package.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>This site&apos;s private key is not on this computer, so no package can be signed. Run the program on the computer where the site was set up.</source>
        <translation>This site&apos;s private key is not on this computer, so no package can be signed. Run the program on the computer where the site was set up.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>There is no package file (.cvmpkg) in the folder {path}.</source>
        <translation>There is no package file (.cvmpkg) in the folder {path}.</translation>
    </message>
    <message>
        <source>The package {name} was refused; nothing of it was written:</source>
        <translation>The package {name} was refused; nothing of it was written:</translation>
    </message>
    <message>
        <source>The package {name} was already imported on {day}; nothing was changed.</source>
        <translation>The package {name} was already imported on {day}; nothing was changed.</translation>
    </message>
    <message>
        <source>{count} records carry a time far in the future: the clock of the sending computer may be wrong. Ask that site to check its date and time.</source>
        <translation>{count} records carry a time far in the future: the clock of the sending computer may be wrong. Ask that site to check its date and time.</translation>
    </message>
    <message>
        <source>{path} is not a folder: give the folder of center packages.</source>
        <translation>{path} is not a folder: give the folder of center packages.</translation>
    </message>
    <message>
        <source>Only the central office consolidates center packages; {path} is not the database of a central office.</source>
        <translation>Only the central office consolidates center packages; {path} is not the database of a central office.</translation>
    </message>
    <message>
        <source>{count} of {total} packages were refused; the others were imported.</source>
        <translation>{count} of {total} packages were refused; the others were imported.</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Give the PDF file to write with --out FILE.</source>
        <translation>Give the PDF file to write with --out FILE.</translation>
    </message>
    <message>
        <source>Give the database with --db PATH.</source>
        <translation>Give the database with --db PATH.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>Name the report to make; main.py report --list names every report.</source>
        <translation>Name the report to make; main.py report --list names every report.</translation>
    </message>
    <message>
        <source>This report is made for a fiscal year: give it with --fy YEAR.</source>
        <translation>This report is made for a fiscal year: give it with --fy YEAR.</translation>
    </message>
    <message>
        <source>This report is made for a training run: give it with --run, for example --run training_run:12 or --run short_course_run:3.</source>
        <translation>This report is made for a training run: give it with --run, for example --run training_run:12 or --run short_course_run:3.</translation>
    </message>
    <message>
        <source>Give the list to print with --list-kind, one of: {kinds}.</source>
        <translation>Give the list to print with --list-kind, one of: {kinds}.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>When two sites change the same record before they exchange packages, every site applies the same version and keeps the other one here. Compare the two versions and keep the right one, or take some fields from each; the version you save goes to the other sites with the next package.</source>
        <translation>When two sites change the same record before they exchange packages, every site applies the same version and keeps the other one here. Compare the two versions and keep the right one, or take some fields from each; the version you save goes to the other sites with the next package.</translation>
    </message>
    <message>
        <source>&amp;Records in conflict</source>
        <translation>&amp;Records in conflict</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Applied version</source>
        <translation>Applied version</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Other version</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Use the other version</translation>
    </message>
    <message>
        <source>Fields that differ are highlighted. To save a merged version, tick the fields to take from the other version (Space ticks the field of the current row), then choose Save merged version.</source>
        <translation>Fields that differ are highlighted. To save a merged version, tick the fields to take from the other version (Space ticks the field of the current row), then choose Save merged version.</translation>
    </message>
    <message>
        <source>No conflict is waiting for review. Records that two sites changed at once show up here when their packages are imported.</source>
        <translation>No conflict is waiting for review. Records that two sites changed at once show up here when their packages are imported.</translation>
    </message>
    <message>
        <source>Keep applied version</source>
        <translation>Keep applied version</translation>
    </message>
    <message>
        <source>Keep other version</source>
        <translation>Keep other version</translation>
    </message>
    <message>
        <source>Save merged version</source>
        <translation>Save merged version</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>The conflict is settled. The version saved goes to the other sites with the next package.</source>
        <translation>The conflict is settled. The version saved goes to the other sites with the next package.</translation>
    </message>
    <message>
        <source>Choose a record in the list above.</source>
        <translation>Choose a record in the list above.</translation>
    </message>
    <message>
        <source>{kind}: {record}</source>
        <translation>{kind}: {record}</translation>
    </message>
    <message>
        <source>Applied version: {applied}. Other version: {other}.</source>
        <translation>Applied version: {applied}. Other version: {other}.</translation>
    </message>
    <message>
        <source>Use the other version of this field</source>
        <translation>Use the other version of this field</translation>
    </message>
    <message>
        <source>{site}, {when}</source>
        <translation>{site}, {when}</translation>
    </message>
    <message>
        <source>{version} (deletes the record)</source>
        <translation>{version} (deletes the record)</translation>
    </message>
</context>
<context>
    <name>CurriculaPage</name>
    <message>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Unit of competency</source>
        <translation>Unit of competency</translation>
    </message>
    <message>
        <source>TPQI level</source>
        <translation>TPQI level</translation>
    </message>
    <message>
        <source>Occupation standard</source>
        <translation>Occupation standard</translation>
    </message>
    <message>
        <source>Curricula and units of competency</source>
        <translation>Curricula and units of competency</translation>
    </message>
    <message>
        <source>&amp;Curricula and their courses</source>
        <translation>&amp;Curricula and their courses</translation>
    </message>
    <message>
        <source>&amp;Units of competency (TPQI)</source>
        <translation>&amp;Units of competency (TPQI)</translation>
    </message>
    <message>
        <source>Units of the same occupation standards not yet covered by a course</source>
        <translation>Units of the same occupation standards not yet covered by a course</translation>
    </message>
    <message>
        <source>Choose a curriculum to see its courses and gap.</source>
        <translation>Choose a curriculum to see its courses and gap.</translation>
    </message>
    <message>
        <source>Units covered: {mapped}; not yet covered: {gap}.</source>
        <translation>Units covered: {mapped}; not yet covered: {gap}.</translation>
    </message>
    <message>
        <source>Level {level}: {mapped} covered, {gap} not covered</source>
        <translation>Level {level}: {mapped} covered, {gap} not covered</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This database already belongs to a site. A demo network can only be built into a new, empty database.</source>
        <translation>This database already belongs to a site. A demo network can only be built into a new, empty database.</translation>
    </message>
    <message>
        <source>Setting up the center site</source>
        <translation>Setting up the center site</translation>
    </message>
    <message>
        <source>The demo network is ready</source>
        <translation>The demo network is ready</translation>
    </message>
    <message>
        <source>Colleges and enterprises</source>
        <translation>Colleges and enterprises</translation>
    </message>
    <message>
        <source>Committees, meetings and plans</source>
        <translation>Committees, meetings and plans</translation>
    </message>
    <message>
        <source>Curricula, short courses and test centers</source>
        <translation>Curricula, short courses and test centers</translation>
    </message>
    <message>
        <source>Teachers, training and internships</source>
        <translation>Teachers, training and internships</translation>
    </message>
    <message>
        <source>Students and placements</source>
        <translation>Students and placements</translation>
    </message>
    <message>
        <source>Students and placements: {done} of {total}</source>
        <translation>Students and placements: {done} of {total}</translation>
    </message>
</context>
<context>
    <name>DevelopmentPlanPage</name>
    <message>
        <source>{competency} ({priority})</source>
        <translation>{competency} ({priority})</translation>
    </message>
    <message>
        <source>{competency}: no curriculum yet</source>
        <translation>{competency}: no curriculum yet</translation>
    </message>
    <message>
        <source>{competency}: {courses} (enrolled)</source>
        <translation>{competency}: {courses} (enrolled)</translation>
    </message>
    <message>
        <source>{competency}: {courses}</source>
        <translation>{competency}: {courses}</translation>
    </message>
    <message>
        <source>No curriculum yet</source>
        <translation>No curriculum yet</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Teachers needing it</source>
        <translation>Teachers needing it</translation>
    </message>
    <message>
        <source>Covered by a curriculum</source>
        <translation>Covered by a curriculum</translation>
    </message>
    <message>
        <source>Teacher-training curricula</source>
        <translation>Teacher-training curricula</translation>
    </message>
    <message>
        <source>Enrolled this year</source>
        <translation>Enrolled this year</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Competencies needed (by priority)</source>
        <translation>Competencies needed (by priority)</translation>
    </message>
    <message>
        <source>Planned training</source>
        <translation>Planned training</translation>
    </message>
    <message>
        <source>Skill gaps and development plan</source>
        <translation>Skill gaps and development plan</translation>
    </message>
    <message>
        <source>Skill gaps and teacher development plan</source>
        <translation>Skill gaps and teacher development plan</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>Skill gaps</source>
        <translation>Skill gaps</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <source>Teachers without a recorded gap</source>
        <translation>Teachers without a recorded gap</translation>
    </message>
    <message>
        <source>&amp;Competencies needed</source>
        <translation>&amp;Competencies needed</translation>
    </message>
    <message>
        <source>&amp;Needs and planned training of each teacher</source>
        <translation>&amp;Needs and planned training of each teacher</translation>
    </message>
    <message>
        <source>Teachers &amp;without a recorded skill gap</source>
        <translation>Teachers &amp;without a recorded skill gap</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Reading the plan…</translation>
    </message>
    <message>
        <source>target met: every network teacher has a recorded skill gap</source>
        <translation>target met: every network teacher has a recorded skill gap</translation>
    </message>
    <message>
        <source>target not met yet: every network teacher needs a recorded gap</source>
        <translation>target not met yet: every network teacher needs a recorded gap</translation>
    </message>
    <message>
        <source>Network teachers: {teachers} · with a recorded gap: {with_gap} · without: {without_gap} · {verdict}</source>
        <translation>Network teachers: {teachers} · with a recorded gap: {with_gap} · without: {without_gap} · {verdict}</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>National overview</source>
        <translation>National overview</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflicts ({count})</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Sites and keys</source>
        <translation>Sites and keys</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The file name {name} must end in .xlsx.</source>
        <translation>The file name {name} must end in .xlsx.</translation>
    </message>
    <message>
        <source>The file {name} cannot be written. Check that the folder exists and that the file is not open in another program.</source>
        <translation>The file {name} cannot be written. Check that the folder exists and that the file is not open in another program.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>National ID</source>
        <translation>National ID</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Name title</source>
        <translation>Name title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Academic year</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>College group</source>
        <translation>College group</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>In Thailand or abroad</source>
        <translation>In Thailand or abroad</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>Enterprise size</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Agreement type</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Agreement status</translation>
    </message>
    <message>
        <source>Agreement in force</source>
        <translation>Agreement in force</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Committee type</source>
        <translation>Committee type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Center type</source>
        <translation>Center type</translation>
    </message>
    <message>
        <source>Center status</source>
        <translation>Center status</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Skill track</source>
        <translation>Skill track</translation>
    </message>
    <message>
        <source>Trainee group</source>
        <translation>Trainee group</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Placement status</source>
        <translation>Placement status</translation>
    </message>
    <message>
        <source>Placement mode</source>
        <translation>Placement mode</translation>
    </message>
    <message>
        <source>Mode of study</source>
        <translation>Mode of study</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Year of study</translation>
    </message>
    <message>
        <source>Training or orientation</source>
        <translation>Training or orientation</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Kind of incident</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>Incident status</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Open incident</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Kind of plan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Component status</source>
        <translation>Component status</translation>
    </message>
    <message>
        <source>Recommendation status</source>
        <translation>Recommendation status</translation>
    </message>
    <message>
        <source>No agreement in force</source>
        <translation>No agreement in force</translation>
    </message>
    <message>
        <source>At least one in force</source>
        <translation>At least one in force</translation>
    </message>
    <message>
        <source>With an open incident</source>
        <translation>With an open incident</translation>
    </message>
    <message>
        <source>No open incident</source>
        <translation>No open incident</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>Ends within 90 days or has ended</source>
        <translation>Ends within 90 days or has ended</translation>
    </message>
    <message>
        <source>More than 90 days left</source>
        <translation>More than 90 days left</translation>
    </message>
    <message>
        <source>In force (expiring soon included)</source>
        <translation>In force (expiring soon included)</translation>
    </message>
    <message>
        <source>In force, over 90 days left</source>
        <translation>In force, over 90 days left</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Show every row again</translation>
    </message>
    <message>
        <source>As selected</source>
        <translation>As selected</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up CVM Director</source>
        <translation>Set up CVM Director</translation>
    </message>
    <message>
        <source>Welcome to CVM Director</source>
        <translation>Welcome to CVM Director</translation>
    </message>
    <message>
        <source>Before you start, tell the program where it is installed. This choice gives the installation its identity and cannot be changed later.</source>
        <translation>Before you start, tell the program where it is installed. This choice gives the installation its identity and cannot be changed later.</translation>
    </message>
    <message>
        <source>A CVM center</source>
        <translation>A CVM center</translation>
    </message>
    <message>
        <source>The center director&apos;s office: keeps the data of the whole network.</source>
        <translation>The center director&apos;s office: keeps the data of the whole network.</translation>
    </message>
    <message>
        <source>A network college of a center</source>
        <translation>A network college of a center</translation>
    </message>
    <message>
        <source>Enters the college&apos;s own data and sends it to its center.</source>
        <translation>Enters the college&apos;s own data and sends it to its center.</translation>
    </message>
    <message>
        <source>The central office (OVEC)</source>
        <translation>The central office (OVEC)</translation>
    </message>
    <message>
        <source>Brings together the data sent by all 101 centers.</source>
        <translation>Brings together the data sent by all 101 centers.</translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation>Open the demo network</translation>
    </message>
    <message>
        <source>Invented data for trying the program out, in a separate database. Nothing is set up for real.</source>
        <translation>Invented data for trying the program out, in a separate database. Nothing is set up for real.</translation>
    </message>
    <message>
        <source>CVM center (type any part of the subject or college):</source>
        <translation>CVM center (type any part of the subject or college):</translation>
    </message>
    <message>
        <source>e.g. เมคคาทรอนิกส์ or ชลบุรี</source>
        <translation>e.g. เมคคาทรอนิกส์ or ชลบุรี</translation>
    </message>
    <message>
        <source>Name of your college:</source>
        <translation>Name of your college:</translation>
    </message>
    <message>
        <source>e.g. วิทยาลัยเทคนิคชลบุรี</source>
        <translation>e.g. วิทยาลัยเทคนิคชลบุรี</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Setting up…</translation>
    </message>
    <message>
        <source>Chosen: {center}</source>
        <translation>Chosen: {center}</translation>
    </message>
    <message>
        <source>No center matches what you typed.</source>
        <translation>No center matches what you typed.</translation>
    </message>
    <message>
        <source>{count} centers shown; choose one.</source>
        <translation>{count} centers shown; choose one.</translation>
    </message>
    <message>
        <source>Choose your center from the list.</source>
        <translation>Choose your center from the list.</translation>
    </message>
    <message>
        <source>Enter the name of your college.</source>
        <translation>Enter the name of your college.</translation>
    </message>
    <message>
        <source>Building the demo network…</source>
        <translation>Building the demo network…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Overview — {fiscal_year}</source>
        <translation>Overview — {fiscal_year}</translation>
    </message>
    <message>
        <source>The records could not be counted. Choose the year again to retry.</source>
        <translation>The records could not be counted. Choose the year again to retry.</translation>
    </message>
    <message>
        <source>Counting the records of the year…</source>
        <translation>Counting the records of the year…</translation>
    </message>
    <message>
        <source>Click a card or press Ctrl+1 to Ctrl+7 to open an area.</source>
        <translation>Click a card or press Ctrl+1 to Ctrl+7 to open an area.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown country; write its name or its two-letter code, for example JP.</source>
        <translation>Unknown country; write its name or its two-letter code, for example JP.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read. Check that it exists and that no other program has it open.</source>
        <translation>The file {name} cannot be read. Check that it exists and that no other program has it open.</translation>
    </message>
    <message>
        <source>The file {name} is empty: it has no rows.</source>
        <translation>The file {name} is empty: it has no rows.</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet. Save it as an Excel workbook (.xlsx) or as a CSV file.</source>
        <translation>The file {name} is not a spreadsheet. Save it as an Excel workbook (.xlsx) or as a CSV file.</translation>
    </message>
    <message>
        <source>The file {name} is an old Excel 97-2003 workbook (.xls) or is protected by a password. Open it in Excel, remove any password and save it as an Excel workbook (.xlsx).</source>
        <translation>The file {name} is an old Excel 97-2003 workbook (.xls) or is protected by a password. Open it in Excel, remove any password and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The text of {name} is in an unknown encoding. Save it again as CSV UTF-8.</source>
        <translation>The text of {name} is in an unknown encoding. Save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file {name} is too big: at most {limit} MB can be imported at once. Split it into smaller files.</source>
        <translation>The file {name} is too big: at most {limit} MB can be imported at once. Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows. Split it into smaller files.</source>
        <translation>The file {name} has more than {limit} rows. Split it into smaller files.</translation>
    </message>
    <message>
        <source>No row of column names was found in {name}. The first row must hold the column names of the template, for example {example}.</source>
        <translation>No row of column names was found in {name}. The first row must hold the column names of the template, for example {example}.</translation>
    </message>
    <message>
        <source>The file {name} has no column {columns}. Add it, or start from the template.</source>
        <translation>The file {name} has no column {columns}. Add it, or start from the template.</translation>
    </message>
    <message>
        <source>The column {columns} appears twice in {name}. Keep only one.</source>
        <translation>The column {columns} appears twice in {name}. Keep only one.</translation>
    </message>
    <message>
        <source>{count} rows have errors. Correct them and check the file again; nothing was imported.</source>
        <translation>{count} rows have errors. Correct them and check the file again; nothing was imported.</translation>
    </message>
    <message>
        <source>This database has no site yet. Set up the program before importing.</source>
        <translation>This database has no site yet. Set up the program before importing.</translation>
    </message>
    <message>
        <source>This import has already been saved.</source>
        <translation>This import has already been saved.</translation>
    </message>
    <message>
        <source>The data changed after the file was checked. Check the file again; nothing was imported.</source>
        <translation>The data changed after the file was checked. Check the file again; nothing was imported.</translation>
    </message>
    <message>
        <source>column {letter} (no header)</source>
        <translation>column {letter} (no header)</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>A value is required.</translation>
    </message>
    <message>
        <source>Already in the database.</source>
        <translation>Already in the database.</translation>
    </message>
    <message>
        <source>Same as row {row} of this file.</source>
        <translation>Same as row {row} of this file.</translation>
    </message>
    <message>
        <source>An enterprise in Thailand cannot have another country.</source>
        <translation>An enterprise in Thailand cannot have another country.</translation>
    </message>
    <message>
        <source>Write the country of an enterprise abroad.</source>
        <translation>Write the country of an enterprise abroad.</translation>
    </message>
    <message>
        <source>A province is only for an enterprise in Thailand.</source>
        <translation>A province is only for an enterprise in Thailand.</translation>
    </message>
    <message>
        <source>No student of this college has this student code. Import the students first.</source>
        <translation>No student of this college has this student code. Import the students first.</translation>
    </message>
    <message>
        <source>Several students of this college have this student code. Use the form.</source>
        <translation>Several students of this college have this student code. Use the form.</translation>
    </message>
    <message>
        <source>No teacher of the student&apos;s college has this name.</source>
        <translation>No teacher of the student&apos;s college has this name.</translation>
    </message>
    <message>
        <source>Several teachers of the student&apos;s college have this name. Use the form.</source>
        <translation>Several teachers of the student&apos;s college have this name. Use the form.</translation>
    </message>
    <message>
        <source>A placement cannot end before it starts.</source>
        <translation>A placement cannot end before it starts.</translation>
    </message>
    <message>
        <source>{count} enterprises have this name. Give them different names first.</source>
        <translation>{count} enterprises have this name. Give them different names first.</translation>
    </message>
    <message>
        <source>No enterprise with this name is in the database. Import the enterprises first.</source>
        <translation>No enterprise with this name is in the database. Import the enterprises first.</translation>
    </message>
    <message>
        <source>No excellent subject has this name.</source>
        <translation>No excellent subject has this name.</translation>
    </message>
    <message>
        <source>{count} colleges have this name. Write the college code instead.</source>
        <translation>{count} colleges have this name. Write the college code instead.</translation>
    </message>
    <message>
        <source>No college with this name or code is in the database. Import the colleges first.</source>
        <translation>No college with this name or code is in the database. Import the colleges first.</translation>
    </message>
    <message>
        <source>A student code is only for a student or a graduate.</source>
        <translation>A student code is only for a student or a graduate.</translation>
    </message>
    <message>
        <source>{count} teachers of this college have this name.</source>
        <translation>{count} teachers of this college have this name.</translation>
    </message>
    <message>
        <source>No teacher of this college has this name. Import the teachers first.</source>
        <translation>No teacher of this college has this name. Import the teachers first.</translation>
    </message>
    <message>
        <source>No student of this college has this student code.</source>
        <translation>No student of this college has this student code.</translation>
    </message>
    <message>
        <source>{count} students of this college have this student code.</source>
        <translation>{count} students of this college have this student code.</translation>
    </message>
    <message>
        <source>This student code belongs to a student of another name.</source>
        <translation>This student code belongs to a student of another name.</translation>
    </message>
    <message>
        <source>{count} students of this college have this name. Write the student code.</source>
        <translation>{count} students of this college have this name. Write the student code.</translation>
    </message>
    <message>
        <source>No student of this college has this name. Import the students first.</source>
        <translation>No student of this college has this name. Import the students first.</translation>
    </message>
    <message>
        <source>{count} certification centers have this name.</source>
        <translation>{count} certification centers have this name.</translation>
    </message>
    <message>
        <source>No certification center with this name is recorded. Record it first.</source>
        <translation>No certification center with this name is recorded. Record it first.</translation>
    </message>
    <message>
        <source>Only a passed result has a certificate number.</source>
        <translation>Only a passed result has a certificate number.</translation>
    </message>
    <message>
        <source>This certificate number was given to a result that has been deleted; a certificate number is never used twice.</source>
        <translation>This certificate number was given to a result that has been deleted; a certificate number is never used twice.</translation>
    </message>
    <message>
        <source>This certificate number is already recorded for another result.</source>
        <translation>This certificate number is already recorded for another result.</translation>
    </message>
    <message>
        <source>An earlier row of this file has this certificate number.</source>
        <translation>An earlier row of this file has this certificate number.</translation>
    </message>
    <message>
        <source>The end date is before the signing date.</source>
        <translation>The end date is before the signing date.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Write a whole number, for example 12.</source>
        <translation>Write a whole number, for example 12.</translation>
    </message>
    <message>
        <source>The number must be from {low} to {high}.</source>
        <translation>The number must be from {low} to {high}.</translation>
    </message>
    <message>
        <source>Write a fiscal year in B.E., for example 2569.</source>
        <translation>Write a fiscal year in B.E., for example 2569.</translation>
    </message>
    <message>
        <source>The year of this date is out of range: check the year.</source>
        <translation>The year of this date is out of range: check the year.</translation>
    </message>
    <message>
        <source>Write a date as day/month/year, for example 1/10/2568.</source>
        <translation>Write a date as day/month/year, for example 1/10/2568.</translation>
    </message>
    <message>
        <source>Write ใช่ or ไม่ใช่ (yes or no).</source>
        <translation>Write ใช่ or ไม่ใช่ (yes or no).</translation>
    </message>
    <message>
        <source>Unknown value; use one of: {choices}.</source>
        <translation>Unknown value; use one of: {choices}.</translation>
    </message>
    <message>
        <source>Write only one phone number in this column.</source>
        <translation>Write only one phone number in this column.</translation>
    </message>
    <message>
        <source>This is not an email address, for example name@example.com.</source>
        <translation>This is not an email address, for example name@example.com.</translation>
    </message>
    <message>
        <source>No run of this curriculum starts on this date. Add the run first.</source>
        <translation>No run of this curriculum starts on this date. Add the run first.</translation>
    </message>
    <message>
        <source>{count} runs of this curriculum start on this date. Enrol in the form.</source>
        <translation>{count} runs of this curriculum start on this date. Enrol in the form.</translation>
    </message>
    <message>
        <source>No teacher of this name is in this college. Import the teachers first.</source>
        <translation>No teacher of this name is in this college. Import the teachers first.</translation>
    </message>
    <message>
        <source>{count} teachers of this college have this name. Enrol in the form.</source>
        <translation>{count} teachers of this college have this name. Enrol in the form.</translation>
    </message>
    <message>
        <source>This college is not in this center&apos;s network.</source>
        <translation>This college is not in this center&apos;s network.</translation>
    </message>
    <message>
        <source>The run is full: it has as many teachers enrolled as its capacity.</source>
        <translation>The run is full: it has as many teachers enrolled as its capacity.</translation>
    </message>
    <message>
        <source>More hours than the curriculum has ({hours}).</source>
        <translation>More hours than the curriculum has ({hours}).</translation>
    </message>
    <message>
        <source>A teacher who attended no hours cannot have completed the training.</source>
        <translation>A teacher who attended no hours cannot have completed the training.</translation>
    </message>
    <message>
        <source>This certificate number is already given to another enrolment.</source>
        <translation>This certificate number is already given to another enrolment.</translation>
    </message>
    <message>
        <source>This name title is not in the list.</source>
        <translation>This name title is not in the list.</translation>
    </message>
    <message>
        <source>Not a valid national ID number: check the 13 digits.</source>
        <translation>Not a valid national ID number: check the 13 digits.</translation>
    </message>
    <message>
        <source>{count} short courses have this title. Give them different titles.</source>
        <translation>{count} short courses have this title. Give them different titles.</translation>
    </message>
    <message>
        <source>No short course with this title is in the database.</source>
        <translation>No short course with this title is in the database.</translation>
    </message>
    <message>
        <source>This short course has no run starting on this date.</source>
        <translation>This short course has no run starting on this date.</translation>
    </message>
    <message>
        <source>No run of this course starting on this date is held by this college.</source>
        <translation>No run of this course starting on this date is held by this college.</translation>
    </message>
    <message>
        <source>Several runs of this course start on this date. Write the college that holds it.</source>
        <translation>Several runs of this course start on this date. Write the college that holds it.</translation>
    </message>
    <message>
        <source>No student with this code is recorded at the college of the run.</source>
        <translation>No student with this code is recorded at the college of the run.</translation>
    </message>
    <message>
        <source>At this level the year of study is from 1 to {last}.</source>
        <translation>At this level the year of study is from 1 to {last}.</translation>
    </message>
    <message>
        <source>Special needs or the equity-fund scholarship are given without the basis for holding them: fill the basis column or leave both empty.</source>
        <translation>Special needs or the equity-fund scholarship are given without the basis for holding them: fill the basis column or leave both empty.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Check the file before saving</source>
        <translation>Check the file before saving</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>New rows to add: {count}</source>
        <translation>New rows to add: {count}</translation>
    </message>
    <message>
        <source>Rows already in the database (skipped): {count}</source>
        <translation>Rows already in the database (skipped): {count}</translation>
    </message>
    <message>
        <source>Rows with errors: {count}</source>
        <translation>Rows with errors: {count}</translation>
    </message>
    <message>
        <source>Rows with errors: none</source>
        <translation>Rows with errors: none</translation>
    </message>
    <message>
        <source>Columns that will not be imported: {columns}</source>
        <translation>Columns that will not be imported: {columns}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Correct the errors in the file, then import it again.</source>
        <translation>Correct the errors in the file, then import it again.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>S&amp;tandard:</source>
        <translation>S&amp;tandard:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>S&amp;cale (highest score):</source>
        <translation>S&amp;cale (highest score):</translation>
    </message>
    <message>
        <source>Scoring &amp;rule:</source>
        <translation>Scoring &amp;rule:</translation>
    </message>
    <message>
        <source>How a college earns each score, one line per score, for example
5 = every network college did it
1 = none did</source>
        <translation>How a college earns each score, one line per score, for example
5 = every network college did it
1 = none did</translation>
    </message>
    <message>
        <source>A college&apos;s weighted total adds, for each indicator, the weight times the score divided by the scale.</source>
        <translation>A college&apos;s weighted total adds, for each indicator, the weight times the score divided by the scale.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators and analysis</source>
        <translation>Indicators and analysis</translation>
    </message>
    <message>
        <source>Delete the indicator {code}? Its {count} scores in the colleges&apos; reports are deleted with it.</source>
        <translation>Delete the indicator {code}? Its {count} scores in the colleges&apos; reports are deleted with it.</translation>
    </message>
    <message>
        <source>Delete the indicator {code}?</source>
        <translation>Delete the indicator {code}?</translation>
    </message>
    <message>
        <source>Self-assessment indicators and analysis</source>
        <translation>Self-assessment indicators and analysis</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Analysis of the year</source>
        <translation>Analysis of the year</translation>
    </message>
    <message>
        <source>&amp;Add indicator…</source>
        <translation>&amp;Add indicator…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Scores per indicator across the network</source>
        <translation>&amp;Scores per indicator across the network</translation>
    </message>
    <message>
        <source>&amp;Weakest indicators (lowest mean of the scale)</source>
        <translation>&amp;Weakest indicators (lowest mean of the scale)</translation>
    </message>
    <message>
        <source>The analysis could not be read. Choose the year again.</source>
        <translation>The analysis could not be read. Choose the year again.</translation>
    </message>
    <message>
        <source>Reading the analysis…</source>
        <translation>Reading the analysis…</translation>
    </message>
    <message>
        <source>No data: no SAR of this fiscal year was received.</source>
        <translation>No data: no SAR of this fiscal year was received.</translation>
    </message>
    <message>
        <source>SARs received: {count} · no SAR last year to compare with</source>
        <translation>SARs received: {count} · no SAR last year to compare with</translation>
    </message>
    <message>
        <source>SARs received: {count} · last year: {previous}</source>
        <translation>SARs received: {count} · last year: {previous}</translation>
    </message>
</context>
<context>
    <name>InstallationPage</name>
    <message>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Count again</translation>
    </message>
    <message>
        <source>Count the rows of every table again</source>
        <translation>Count the rows of every table again</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Kind of site</source>
        <translation>Kind of site</translation>
    </message>
    <message>
        <source>Site identifier (UUID)</source>
        <translation>Site identifier (UUID)</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Database schema revision</source>
        <translation>Database schema revision</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Rows per table (counting…)</source>
        <translation>Rows per table (counting…)</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>Rows per table</translation>
    </message>
    <message>
        <source>What the table holds</source>
        <translation>What the table holds</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Not set up yet</translation>
    </message>
</context>
<context>
    <name>InternshipsPage</name>
    <message>
        <source>Daily logs, visits and incidents of the selected internship</source>
        <translation>Daily logs, visits and incidents of the selected internship</translation>
    </message>
</context>
<context>
    <name>KnowledgeBankPage</name>
    <message>
        <source>Knowledge bank</source>
        <translation>Knowledge bank</translation>
    </message>
    <message>
        <source>Vocational knowledge bank (manual 1.4)</source>
        <translation>Vocational knowledge bank (manual 1.4)</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>The figures could not be read. Open the page again.</source>
        <translation>The figures could not be read. Open the page again.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Colleges with all four components in place: {complete} of {colleges}</source>
        <translation>Colleges with all four components in place: {complete} of {colleges}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>KpiCatalogue</name>
    <message>
        <source>Target titles in English</source>
        <translation>Target titles in English</translation>
    </message>
    <message>
        <source>This target is not in the catalogue.</source>
        <translation>This target is not in the catalogue.</translation>
    </message>
    <message>
        <source>The fiscal year must be a Buddhist Era year between {first} and {last}.</source>
        <translation>The fiscal year must be a Buddhist Era year between {first} and {last}.</translation>
    </message>
    <message>
        <source>This target is met when its record exists; it has no value to change.</source>
        <translation>This target is met when its record exists; it has no value to change.</translation>
    </message>
    <message>
        <source>The target must be a number.</source>
        <translation>The target must be a number.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>A percentage target cannot be more than 100.</source>
        <translation>A percentage target cannot be more than 100.</translation>
    </message>
    <message>
        <source>This target is a count: it must be a whole number.</source>
        <translation>This target is a count: it must be a whole number.</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Goal {value}</source>
        <translation>Goal {value}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Fiscal year (B.E.)</source>
        <translation>Fiscal year (B.E.)</translation>
    </message>
</context>
<context>
    <name>KpiTargetsDialog</name>
    <message>
        <source>record exists</source>
        <translation>record exists</translation>
    </message>
    <message>
        <source>Adjust the targets</source>
        <translation>Adjust the targets</translation>
    </message>
    <message>
        <source>Targets of fiscal year {year}</source>
        <translation>Targets of fiscal year {year}</translation>
    </message>
    <message>
        <source>Type the value that applies this year in the &quot;This year&quot; column. Targets of the manual can be changed too; &quot;Restore default&quot; gives a target its catalogue value again. Nothing is saved until you press Save.</source>
        <translation>Type the value that applies this year in the &quot;This year&quot; column. Targets of the manual can be changed too; &quot;Restore default&quot; gives a target its catalogue value again. Nothing is saved until you press Save.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Restore default</translation>
    </message>
    <message>
        <source>Give the selected target its catalogue value again (Ctrl+R)</source>
        <translation>Give the selected target its catalogue value again (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Proposed default</source>
        <translation>Proposed default</translation>
    </message>
    <message>
        <source>{activity} {title}</source>
        <translation>{activity} {title}</translation>
    </message>
    <message>
        <source>A percentage from 0 to 100</source>
        <translation>A percentage from 0 to 100</translation>
    </message>
    <message>
        <source>A whole number, 0 or more</source>
        <translation>A whole number, 0 or more</translation>
    </message>
    <message>
        <source>This target is met when its record exists.</source>
        <translation>This target is met when its record exists.</translation>
    </message>
    <message>
        <source>default on save</source>
        <translation>default on save</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>adjusted</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>The target &quot;{target}&quot; was not saved: {reason}</source>
        <translation>The target &quot;{target}&quot; was not saved: {reason}</translation>
    </message>
</context>
<context>
    <name>LateReportsPanel</name>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>Report due on</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>Report received on</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Show overdue reports</source>
        <translation>Show overdue reports</translation>
    </message>
    <message>
        <source>Show reports received late</source>
        <translation>Show reports received late</translation>
    </message>
    <message>
        <source>The reports could not be checked.</source>
        <translation>The reports could not be checked.</translation>
    </message>
    <message>
        <source>Checking the final reports…</source>
        <translation>Checking the final reports…</translation>
    </message>
    <message>
        <source>Late and overdue reports: {count}</source>
        <translation>Late and overdue reports: {count}</translation>
    </message>
    <message>
        <source>Every final report came within 15 days of the end.</source>
        <translation>Every final report came within 15 days of the end.</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>not received</translation>
    </message>
</context>
<context>
    <name>ListDescribe</name>
    <message>
        <source>CVM center</source>
        <translation>CVM center</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>Excellent subject</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Teacher-training curriculum</source>
        <translation>Teacher-training curriculum</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>Training run</translation>
    </message>
    <message>
        <source>Teacher internship</source>
        <translation>Teacher internship</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Unit of competency</source>
        <translation>Unit of competency</translation>
    </message>
    <message>
        <source>Short course</source>
        <translation>Short course</translation>
    </message>
    <message>
        <source>Short-course run</source>
        <translation>Short-course run</translation>
    </message>
    <message>
        <source>Certification or test center</source>
        <translation>Certification or test center</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>Assessment round</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Fiscal year B.E. {year}</source>
        <translation>Fiscal year B.E. {year}</translation>
    </message>
    <message>
        <source>{filter}: {value}</source>
        <translation>{filter}: {value}</translation>
    </message>
    <message>
        <source>a record no longer recorded</source>
        <translation>a record no longer recorded</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Network colleges</source>
        <translation>Network colleges</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Workforce demand</source>
        <translation>Workforce demand</translation>
    </message>
    <message>
        <source>Agreements (MOU/MOA)</source>
        <translation>Agreements (MOU/MOA)</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Skill gaps</source>
        <translation>Skill gaps</translation>
    </message>
    <message>
        <source>Teacher-training curricula</source>
        <translation>Teacher-training curricula</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Training runs</translation>
    </message>
    <message>
        <source>Training enrolments</source>
        <translation>Training enrolments</translation>
    </message>
    <message>
        <source>Teacher internships</source>
        <translation>Teacher internships</translation>
    </message>
    <message>
        <source>Daily logs</source>
        <translation>Daily logs</translation>
    </message>
    <message>
        <source>Supervision visits</source>
        <translation>Supervision visits</translation>
    </message>
    <message>
        <source>Safety incidents</source>
        <translation>Safety incidents</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Curricula</translation>
    </message>
    <message>
        <source>TPQI units of competency</source>
        <translation>TPQI units of competency</translation>
    </message>
    <message>
        <source>Curriculum courses and their units of competency</source>
        <translation>Curriculum courses and their units of competency</translation>
    </message>
    <message>
        <source>Short courses</source>
        <translation>Short courses</translation>
    </message>
    <message>
        <source>Short-course runs</source>
        <translation>Short-course runs</translation>
    </message>
    <message>
        <source>Short-course trainees</source>
        <translation>Short-course trainees</translation>
    </message>
    <message>
        <source>Certification and test centers</source>
        <translation>Certification and test centers</translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation>Assessment rounds</translation>
    </message>
    <message>
        <source>Certification results</source>
        <translation>Certification results</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Safety training and rights orientation</source>
        <translation>Safety training and rights orientation</translation>
    </message>
    <message>
        <source>Student placements</source>
        <translation>Student placements</translation>
    </message>
    <message>
        <source>Incidents and complaints</source>
        <translation>Incidents and complaints</translation>
    </message>
    <message>
        <source>Teaching-media contest entries</source>
        <translation>Teaching-media contest entries</translation>
    </message>
    <message>
        <source>Five-year and annual plans</source>
        <translation>Five-year and annual plans</translation>
    </message>
    <message>
        <source>Plan projects</source>
        <translation>Plan projects</translation>
    </message>
    <message>
        <source>Progress of plan activities</source>
        <translation>Progress of plan activities</translation>
    </message>
    <message>
        <source>Knowledge bank components</source>
        <translation>Knowledge bank components</translation>
    </message>
    <message>
        <source>Policy recommendations</source>
        <translation>Policy recommendations</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Searching starts after three characters; press Enter to search for one or two.</source>
        <translation>Searching starts after three characters; press Enter to search for one or two.</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <source>Save a blank template…</source>
        <translation>Save a blank template…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Print this list… (Ctrl+P)</source>
        <translation>Print this list… (Ctrl+P)</translation>
    </message>
    <message>
        <source>A PDF of every row the filters and search keep, to preview, save or print</source>
        <translation>A PDF of every row the filters and search keep, to preview, save or print</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Edit (Enter)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>{count} rows · filtered</source>
        <translation>{count} rows · filtered</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <source>Filtered by: {filters}</source>
        <translation>Filtered by: {filters}</translation>
    </message>
    <message>
        <source>Filtered from another screen</source>
        <translation>Filtered from another screen</translation>
    </message>
    <message>
        <source>Import {list} from Excel or CSV</source>
        <translation>Import {list} from Excel or CSV</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>Saving the imported rows…</source>
        <translation>Saving the imported rows…</translation>
    </message>
    <message>
        <source>Rows added: {created}. Rows already in the database: {skipped}.</source>
        <translation>Rows added: {created}. Rows already in the database: {skipped}.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Save a blank template for {list}</source>
        <translation>Save a blank template for {list}</translation>
    </message>
    <message>
        <source>Export {list} to Excel</source>
        <translation>Export {list} to Excel</translation>
    </message>
    <message>
        <source>Exporting {list}…</source>
        <translation>Exporting {list}…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <source>Delete the selected record? Ctrl+Z brings it back.</source>
        <translation>Delete the selected record? Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ListReport</name>
    <message>
        <source>There are no records that match.</source>
        <translation>There are no records that match.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>This list cannot be filtered that way.</source>
        <translation>This list cannot be filtered that way.</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Filters: {filters}</translation>
    </message>
    <message>
        <source>No filters</source>
        <translation>No filters</translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation>Search: “{text}”</translation>
    </message>
    <message>
        <source>{count} records, as of {day}</source>
        <translation>{count} records, as of {day}</translation>
    </message>
    <message>
        <source>Choose which list to print.</source>
        <translation>Choose which list to print.</translation>
    </message>
    <message>
        <source>Printed list</source>
        <translation>Printed list</translation>
    </message>
    <message>
        <source>Any list of the program as a table: the rows the list&apos;s filters and search keep, with the filters stated.</source>
        <translation>Any list of the program as a table: the rows the list&apos;s filters and search keep, with the filters stated.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>College code</source>
        <translation>College code</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>Report due on</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>Report received on</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>Daily logs</source>
        <translation>Daily logs</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Rating (1-5)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Occurred on</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>Escalated on</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Licence or accreditation number</source>
        <translation>Licence or accreditation number</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Certification center</source>
        <translation>Certification center</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>Occupational standard</source>
        <translation>Occupational standard</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Center type</source>
        <translation>Center type</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dual system</source>
        <translation>Dual system</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>Appointed on</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Name title</source>
        <translation>Name title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>Meeting of</translation>
    </message>
    <message>
        <source>Revision started</source>
        <translation>Revision started</translation>
    </message>
    <message>
        <source>Reviewed with enterprises</source>
        <translation>Reviewed with enterprises</translation>
    </message>
    <message>
        <source>Approved by the college board</source>
        <translation>Approved by the college board</translation>
    </message>
    <message>
        <source>Submitted to the Office of the Vocational Education Commission</source>
        <translation>Submitted to the Office of the Vocational Education Commission</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>Excellent subject</translation>
    </message>
    <message>
        <source>Edition (B.E.)</source>
        <translation>Edition (B.E.)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Curriculum title</source>
        <translation>Curriculum title</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Latest step</source>
        <translation>Latest step</translation>
    </message>
    <message>
        <source>Latest step on</source>
        <translation>Latest step on</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Mapped courses</source>
        <translation>Mapped courses</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Unit of competency</source>
        <translation>Unit of competency</translation>
    </message>
    <message>
        <source>TPQI level</source>
        <translation>TPQI level</translation>
    </message>
    <message>
        <source>Occupation standard</source>
        <translation>Occupation standard</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>Course code</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Course title</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>CVM center (host college)</source>
        <translation>CVM center (host college)</translation>
    </message>
    <message>
        <source>Excellent Center group</source>
        <translation>Excellent Center group</translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation>Expert group</translation>
    </message>
    <message>
        <source>Standard group</source>
        <translation>Standard group</translation>
    </message>
    <message>
        <source>In Thailand</source>
        <translation>In Thailand</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Small</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Vocational Certificate</source>
        <translation>Vocational Certificate</translation>
    </message>
    <message>
        <source>Higher Vocational Certificate</source>
        <translation>Higher Vocational Certificate</translation>
    </message>
    <message>
        <source>Bachelor of Technology</source>
        <translation>Bachelor of Technology</translation>
    </message>
    <message>
        <source>Short course</source>
        <translation>Short course</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <source>MOA</source>
        <translation>MOA</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>In use, not under revision</source>
        <translation>In use, not under revision</translation>
    </message>
    <message>
        <source>Being revised</source>
        <translation>Being revised</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Submitted for approval</translation>
    </message>
    <message>
        <source>Revision approved</source>
        <translation>Revision approved</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>New skill</translation>
    </message>
    <message>
        <source>Up-skill</source>
        <translation>Up-skill</translation>
    </message>
    <message>
        <source>Re-skill</source>
        <translation>Re-skill</translation>
    </message>
    <message>
        <source>Student (Vocational Cert. year 3 / Higher Cert. year 2)</source>
        <translation>Student (Vocational Cert. year 3 / Higher Cert. year 2)</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Graduate</translation>
    </message>
    <message>
        <source>Unemployed person</source>
        <translation>Unemployed person</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>Member of the public</translation>
    </message>
    <message>
        <source>TPQI competency assessment center</source>
        <translation>TPQI competency assessment center</translation>
    </message>
    <message>
        <source>DSD skill-standard test center</source>
        <translation>DSD skill-standard test center</translation>
    </message>
    <message>
        <source>International test center</source>
        <translation>International test center</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Accredited or licensed</source>
        <translation>Accredited or licensed</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Report received on time</source>
        <translation>Report received on time</translation>
    </message>
    <message>
        <source>Report received late</source>
        <translation>Report received late</translation>
    </message>
    <message>
        <source>Report overdue</source>
        <translation>Report overdue</translation>
    </message>
    <message>
        <source>Report not yet due</source>
        <translation>Report not yet due</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Harassment</translation>
    </message>
    <message>
        <source>Unpaid or overtime work</source>
        <translation>Unpaid or overtime work</translation>
    </message>
    <message>
        <source>Unsafe work</source>
        <translation>Unsafe work</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Being dealt with</source>
        <translation>Being dealt with</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed placement</source>
        <translation>Completed placement</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Non-formal</source>
        <translation>Non-formal</translation>
    </message>
    <message>
        <source>Occupational-safety training</source>
        <translation>Occupational-safety training</translation>
    </message>
    <message>
        <source>Orientation on rights and the complaint channel</source>
        <translation>Orientation on rights and the complaint channel</translation>
    </message>
    <message>
        <source>Five-year development plan</source>
        <translation>Five-year development plan</translation>
    </message>
    <message>
        <source>Annual action plan</source>
        <translation>Annual action plan</translation>
    </message>
    <message>
        <source>Not yet started</source>
        <translation>Not yet started</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Learning system</source>
        <translation>Learning system</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <source>Management system</source>
        <translation>Management system</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Being developed</source>
        <translation>Being developed</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>In place</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Acknowledged by the recipient</source>
        <translation>Acknowledged by the recipient</translation>
    </message>
    <message>
        <source>Expires within 90 days</source>
        <translation>Expires within 90 days</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Dual vocational training</source>
        <translation>Dual vocational training</translation>
    </message>
    <message>
        <source>Work-based learning (WBL)</source>
        <translation>Work-based learning (WBL)</translation>
    </message>
    <message>
        <source>Advisory committee</source>
        <translation>Advisory committee</translation>
    </message>
    <message>
        <source>Executive committee</source>
        <translation>Executive committee</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice chair</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Member and secretary</source>
        <translation>Member and secretary</translation>
    </message>
    <message>
        <source>Center executive committee</source>
        <translation>Center executive committee</translation>
    </message>
    <message>
        <source>Network college directors</source>
        <translation>Network college directors</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Short-course title</source>
        <translation>Short-course title</translation>
    </message>
    <message>
        <source>Skill track</source>
        <translation>Skill track</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>20-trainee target</source>
        <translation>20-trainee target</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Trainee group</source>
        <translation>Trainee group</translation>
    </message>
    <message>
        <source>Student code</source>
        <translation>Student code</translation>
    </message>
    <message>
        <source>Run starts on</source>
        <translation>Run starts on</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Year of study</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Mode of study</source>
        <translation>Mode of study</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Current level</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Target level</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Partner enterprise</source>
        <translation>Partner enterprise</translation>
    </message>
    <message>
        <source>Work-based learning</source>
        <translation>Work-based learning</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>Training run</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Placement mode</source>
        <translation>Placement mode</translation>
    </message>
    <message>
        <source>Enterprise trainer</source>
        <translation>Enterprise trainer</translation>
    </message>
    <message>
        <source>Supervising teacher</source>
        <translation>Supervising teacher</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Open incident</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Day of the visit</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>Title of the media</source>
        <translation>Title of the media</translation>
    </message>
    <message>
        <source>From fiscal year</source>
        <translation>From fiscal year</translation>
    </message>
    <message>
        <source>To fiscal year</source>
        <translation>To fiscal year</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Kind of plan</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>Responsible college</source>
        <translation>Responsible college</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CVM Director</source>
        <translation>&amp;About CVM Director</translation>
    </message>
    <message>
        <source>Previous fiscal year</source>
        <translation>Previous fiscal year</translation>
    </message>
    <message>
        <source>Next fiscal year</source>
        <translation>Next fiscal year</translation>
    </message>
    <message>
        <source>Show Thai digits</source>
        <translation>Show Thai digits</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Fiscal year:</translation>
    </message>
    <message>
        <source>Fiscal year (1 October to 30 September)</source>
        <translation>Fiscal year (1 October to 30 September)</translation>
    </message>
    <message>
        <source>{site} · database {path}</source>
        <translation>{site} · database {path}</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>No site</translation>
    </message>
    <message>
        <source>{year} (current)</source>
        <translation>{year} (current)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>CVM Director {version}</source>
        <translation>CVM Director {version}</translation>
    </message>
    <message>
        <source>A desktop program for the directors of Thailand&apos;s vocational CVM centers and their network colleges: the work of the CVM operations manual, area by area, without a network connection.</source>
        <translation>A desktop program for the directors of Thailand&apos;s vocational CVM centers and their network colleges: the work of the CVM operations manual, area by area, without a network connection.</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Same province</source>
        <translation>Same province</translation>
    </message>
    <message>
        <source>Same region</source>
        <translation>Same region</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>Another region</translation>
    </message>
    <message>
        <source>Enterprise abroad</source>
        <translation>Enterprise abroad</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>No agreement</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>Excellent subject</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Positions needed</source>
        <translation>Positions needed</translation>
    </message>
    <message>
        <source>Network planned intake</source>
        <translation>Network planned intake</translation>
    </message>
    <message>
        <source>Network expected graduates</source>
        <translation>Network expected graduates</translation>
    </message>
    <message>
        <source>Colleges</source>
        <translation>Colleges</translation>
    </message>
    <message>
        <source>Seats recorded</source>
        <translation>Seats recorded</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Planned intake</source>
        <translation>Planned intake</translation>
    </message>
    <message>
        <source>Expected graduates</source>
        <translation>Expected graduates</translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation>Free capacity</translation>
    </message>
    <message>
        <source>Agreement in force</source>
        <translation>Agreement in force</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Agreement type</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Matching (1.3)</source>
        <translation>Matching (1.3)</translation>
    </message>
    <message>
        <source>Matching enterprise demand with the network&apos;s supply</source>
        <translation>Matching enterprise demand with the network&apos;s supply</translation>
    </message>
    <message>
        <source>Compare an enterprise&apos;s workforce demand with the planned intake and expected graduates of the network colleges, then record an agreement or the placement seats the enterprise plans for a college.</source>
        <translation>Compare an enterprise&apos;s workforce demand with the planned intake and expected graduates of the network colleges, then record an agreement or the placement seats the enterprise plans for a college.</translation>
    </message>
    <message>
        <source>By enterprise</source>
        <translation>By enterprise</translation>
    </message>
    <message>
        <source>By college</source>
        <translation>By college</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>&amp;Enterprise:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>&amp;College:</source>
        <translation>&amp;College:</translation>
    </message>
    <message>
        <source>Fiscal year of the seats:</source>
        <translation>Fiscal year of the seats:</translation>
    </message>
    <message>
        <source>Type any part of the name</source>
        <translation>Type any part of the name</translation>
    </message>
    <message>
        <source>&amp;Demand of the enterprise against the network&apos;s supply</source>
        <translation>&amp;Demand of the enterprise against the network&apos;s supply</translation>
    </message>
    <message>
        <source>&amp;Suggested colleges for the selected demand (nearest first)</source>
        <translation>&amp;Suggested colleges for the selected demand (nearest first)</translation>
    </message>
    <message>
        <source>&amp;Partner enterprises of the college</source>
        <translation>&amp;Partner enterprises of the college</translation>
    </message>
    <message>
        <source>Record placement capacity…</source>
        <translation>Record placement capacity…</translation>
    </message>
    <message>
        <source>Record as agreement…</source>
        <translation>Record as agreement…</translation>
    </message>
    <message>
        <source>Enter on a suggested college records placement capacity.</source>
        <translation>Enter on a suggested college records placement capacity.</translation>
    </message>
</context>
<context>
    <name>MeetingsReport</name>
    <message>
        <source>Meetings of the center&apos;s executive committee</source>
        <translation>Meetings of the center&apos;s executive committee</translation>
    </message>
    <message>
        <source>Meetings of the network college directors</source>
        <translation>Meetings of the network college directors</translation>
    </message>
    <message>
        <source>Meetings with enterprises</source>
        <translation>Meetings with enterprises</translation>
    </message>
    <message>
        <source>Meetings of the advisory committee</source>
        <translation>Meetings of the advisory committee</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Summary of the meetings</source>
        <translation>Summary of the meetings</translation>
    </message>
    <message>
        <source>In fiscal year B.E. {year} the center held {count} meetings.</source>
        <translation>In fiscal year B.E. {year} the center held {count} meetings.</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} times</translation>
    </message>
    <message>
        <source>No meeting was recorded in fiscal year B.E. {year}.</source>
        <translation>No meeting was recorded in fiscal year B.E. {year}.</translation>
    </message>
    <message>
        <source>Results against the targets of activity 1.1</source>
        <translation>Results against the targets of activity 1.1</translation>
    </message>
    <message>
        <source>Meetings held in the fiscal year</source>
        <translation>Meetings held in the fiscal year</translation>
    </message>
    <message>
        <source>No meeting of this kind was recorded in the fiscal year.</source>
        <translation>No meeting of this kind was recorded in the fiscal year.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Committees of the center</source>
        <translation>Committees of the center</translation>
    </message>
    <message>
        <source>No committee of the center has been recorded.</source>
        <translation>No committee of the center has been recorded.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>Appointed on</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>Role in the committee</translation>
    </message>
    <message>
        <source>Report on the meetings of the center</source>
        <translation>Report on the meetings of the center</translation>
    </message>
    <message>
        <source>Activity 1.1: the meetings of the fiscal year by kind, the targets of the activity and the center&apos;s committees.</source>
        <translation>Activity 1.1: the meetings of the fiscal year by kind, the targets of the activity and the center&apos;s committees.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>Save the changes to this record?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Report on the enterprise database and the matching of network colleges</source>
        <translation>Report on the enterprise database and the matching of network colleges</translation>
    </message>
    <message>
        <source>Activities 1.2-1.3: network colleges, enterprises with workforce demand, demand against supply by level, agreements in force and colleges not yet matched.</source>
        <translation>Activities 1.2-1.3: network colleges, enterprises with workforce demand, demand against supply by level, agreements in force and colleges not yet matched.</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} of {total}</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>1. Network colleges</source>
        <translation>1. Network colleges</translation>
    </message>
    <message>
        <source>No network college has been recorded.</source>
        <translation>No network college has been recorded.</translation>
    </message>
    <message>
        <source>The network has {count} colleges: {public} public and {private} private.</source>
        <translation>The network has {count} colleges: {public} public and {private} private.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Positions demanded</source>
        <translation>Positions demanded</translation>
    </message>
    <message>
        <source>2. Enterprises with workforce demand for the year (1.2)</source>
        <translation>2. Enterprises with workforce demand for the year (1.2)</translation>
    </message>
    <message>
        <source>No enterprise has recorded workforce demand for this year.</source>
        <translation>No enterprise has recorded workforce demand for this year.</translation>
    </message>
    <message>
        <source>Enterprises in the database</source>
        <translation>Enterprises in the database</translation>
    </message>
    <message>
        <source>Enterprises with workforce demand for the year</source>
        <translation>Enterprises with workforce demand for the year</translation>
    </message>
    <message>
        <source>of them in Thailand</source>
        <translation>of them in Thailand</translation>
    </message>
    <message>
        <source>of them abroad</source>
        <translation>of them abroad</translation>
    </message>
    <message>
        <source>Positions demanded (people)</source>
        <translation>Positions demanded (people)</translation>
    </message>
    <message>
        <source>{country} (abroad)</source>
        <translation>{country} (abroad)</translation>
    </message>
    <message>
        <source>2.1 By province or country</source>
        <translation>2.1 By province or country</translation>
    </message>
    <message>
        <source>Province or country</source>
        <translation>Province or country</translation>
    </message>
    <message>
        <source>2.2 By industry</source>
        <translation>2.2 By industry</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>2.3 By size</source>
        <translation>2.3 By size</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>2.4 Enterprises and their demand by level</source>
        <translation>2.4 Enterprises and their demand by level</translation>
    </message>
    <message>
        <source>Unit: people</source>
        <translation>Unit: people</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Planned intake</source>
        <translation>Planned intake</translation>
    </message>
    <message>
        <source>Expected graduates</source>
        <translation>Expected graduates</translation>
    </message>
    <message>
        <source>Figure 1 Workforce demand against the planned intake and expected graduates of the network, by level</source>
        <translation>Figure 1 Workforce demand against the planned intake and expected graduates of the network, by level</translation>
    </message>
    <message>
        <source>3. Workforce demand against the network&apos;s supply by level (1.3)</source>
        <translation>3. Workforce demand against the network&apos;s supply by level (1.3)</translation>
    </message>
    <message>
        <source>Neither workforce demand nor planned intake has been recorded for this year.</source>
        <translation>Neither workforce demand nor planned intake has been recorded for this year.</translation>
    </message>
    <message>
        <source>Positions the enterprises demand for the year against the planned intake and expected graduates of the network colleges, and the placement seats enterprises have recorded for the colleges (matching).</source>
        <translation>Positions the enterprises demand for the year against the planned intake and expected graduates of the network colleges, and the placement seats enterprises have recorded for the colleges (matching).</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>Excellent subject</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Seats matched</source>
        <translation>Seats matched</translation>
    </message>
    <message>
        <source>Intake minus demand</source>
        <translation>Intake minus demand</translation>
    </message>
    <message>
        <source>Levels where the planned intake is below the demand: {levels}</source>
        <translation>Levels where the planned intake is below the demand: {levels}</translation>
    </message>
    <message>
        <source>The planned intake covers the demand at every level.</source>
        <translation>The planned intake covers the demand at every level.</translation>
    </message>
    <message>
        <source>4. MOU/MOA agreements in force during the year (1.3)</source>
        <translation>4. MOU/MOA agreements in force during the year (1.3)</translation>
    </message>
    <message>
        <source>No MOU or MOA agreement was in force during this year.</source>
        <translation>No MOU or MOA agreement was in force during this year.</translation>
    </message>
    <message>
        <source>{count} agreements were in force during the year: {mou} MOU and {moa} MOA; {dual} of them cover dual vocational training.</source>
        <translation>{count} agreements were in force during the year: {mou} MOU and {moa} MOA; {dual} of them cover dual vocational training.</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Dual system</source>
        <translation>Dual system</translation>
    </message>
    <message>
        <source>5. Network colleges not yet matched with an enterprise</source>
        <translation>5. Network colleges not yet matched with an enterprise</translation>
    </message>
    <message>
        <source>{matched} of {total} network colleges ({percent}) had an MOU or MOA in force during the year.</source>
        <translation>{matched} of {total} network colleges ({percent}) had an MOU or MOA in force during the year.</translation>
    </message>
    <message>
        <source>Every network college had an agreement in force.</source>
        <translation>Every network college had an agreement in force.</translation>
    </message>
    <message>
        <source>The colleges below had no agreement in force during the year:</source>
        <translation>The colleges below had no agreement in force during the year:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Network colleges</source>
        <translation>Network colleges</translation>
    </message>
    <message>
        <source>Planned intake of the network colleges (people)</source>
        <translation>Planned intake of the network colleges (people)</translation>
    </message>
    <message>
        <source>MOU/MOA agreements in force during the year</source>
        <translation>MOU/MOA agreements in force during the year</translation>
    </message>
    <message>
        <source>Network colleges with an agreement in force</source>
        <translation>Network colleges with an agreement in force</translation>
    </message>
    <message>
        <source>6. Targets of activities 1.2 and 1.3</source>
        <translation>6. Targets of activities 1.2 and 1.3</translation>
    </message>
</context>
<context>
    <name>NetworkWatchPanel</name>
    <message>
        <source>Network watch: agreements and matching</source>
        <translation>Network watch: agreements and matching</translation>
    </message>
    <message>
        <source>Show all expiring agreements</source>
        <translation>Show all expiring agreements</translation>
    </message>
    <message>
        <source>Show all unmatched colleges</source>
        <translation>Show all unmatched colleges</translation>
    </message>
    <message>
        <source>The agreements could not be checked. Choose the year again to retry.</source>
        <translation>The agreements could not be checked. Choose the year again to retry.</translation>
    </message>
    <message>
        <source>Checking the agreements…</source>
        <translation>Checking the agreements…</translation>
    </message>
    <message>
        <source>Agreements expiring within 90 days</source>
        <translation>Agreements expiring within 90 days</translation>
    </message>
    <message>
        <source>Colleges with no agreement in force</source>
        <translation>Colleges with no agreement in force</translation>
    </message>
    <message>
        <source>Agreements expiring within 90 days: {count}</source>
        <translation>Agreements expiring within 90 days: {count}</translation>
    </message>
    <message>
        <source>Colleges with no agreement in force: {count}</source>
        <translation>Colleges with no agreement in force: {count}</translation>
    </message>
    <message>
        <source>No agreement ends within the next 90 days.</source>
        <translation>No agreement ends within the next 90 days.</translation>
    </message>
    <message>
        <source>Every network college has an agreement in force.</source>
        <translation>Every network college has an agreement in force.</translation>
    </message>
    <message>
        <source>Every college matched: no network colleges recorded yet (as of {day})</source>
        <translation>Every college matched: no network colleges recorded yet (as of {day})</translation>
    </message>
    <message>
        <source>Every college matched: met, {matched} of {total} colleges (as of {day})</source>
        <translation>Every college matched: met, {matched} of {total} colleges (as of {day})</translation>
    </message>
    <message>
        <source>Every college matched: not met, {matched} of {total} colleges (as of {day})</source>
        <translation>Every college matched: not met, {matched} of {total} colleges (as of {day})</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>{days} days left</translation>
    </message>
    <message>
        <source>{college} – {enterprise}</source>
        <translation>{college} – {enterprise}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Executive committee meetings</source>
        <translation>Executive committee meetings</translation>
    </message>
    <message>
        <source>Meetings of network college directors</source>
        <translation>Meetings of network college directors</translation>
    </message>
    <message>
        <source>Meetings with enterprises</source>
        <translation>Meetings with enterprises</translation>
    </message>
    <message>
        <source>Enterprises with workforce demand recorded for the year</source>
        <translation>Enterprises with workforce demand recorded for the year</translation>
    </message>
    <message>
        <source>Positions demanded</source>
        <translation>Positions demanded</translation>
    </message>
    <message>
        <source>Enterprise database summary sent to the central office</source>
        <translation>Enterprise database summary sent to the central office</translation>
    </message>
    <message>
        <source>Matching report sent to the central office</source>
        <translation>Matching report sent to the central office</translation>
    </message>
    <message>
        <source>Active MOU/MOA agreements</source>
        <translation>Active MOU/MOA agreements</translation>
    </message>
    <message>
        <source>Network colleges with an active agreement</source>
        <translation>Network colleges with an active agreement</translation>
    </message>
    <message>
        <source>Planned intake of the network colleges</source>
        <translation>Planned intake of the network colleges</translation>
    </message>
    <message>
        <source>Knowledge-bank components in place at host colleges</source>
        <translation>Knowledge-bank components in place at host colleges</translation>
    </message>
    <message>
        <source>Five-year plans covering the year</source>
        <translation>Five-year plans covering the year</translation>
    </message>
    <message>
        <source>Five-year plans sent to the central office</source>
        <translation>Five-year plans sent to the central office</translation>
    </message>
    <message>
        <source>Annual action plans for the year</source>
        <translation>Annual action plans for the year</translation>
    </message>
    <message>
        <source>Planned activities due in the year and done</source>
        <translation>Planned activities due in the year and done</translation>
    </message>
    <message>
        <source>Curricula approved</source>
        <translation>Curricula approved</translation>
    </message>
    <message>
        <source>Curricula under revision</source>
        <translation>Curricula under revision</translation>
    </message>
    <message>
        <source>Competency-based short courses</source>
        <translation>Competency-based short courses</translation>
    </message>
    <message>
        <source>Short-course trainees in courses starting in the year</source>
        <translation>Short-course trainees in courses starting in the year</translation>
    </message>
    <message>
        <source>Short-course runs of the year with at least 20 trainees</source>
        <translation>Short-course runs of the year with at least 20 trainees</translation>
    </message>
    <message>
        <source>Accredited TPQI assessment centers</source>
        <translation>Accredited TPQI assessment centers</translation>
    </message>
    <message>
        <source>Certifications passed at TPQI centers in the year</source>
        <translation>Certifications passed at TPQI centers in the year</translation>
    </message>
    <message>
        <source>Licensed DSD skill test centers</source>
        <translation>Licensed DSD skill test centers</translation>
    </message>
    <message>
        <source>Certifications passed at DSD centers in the year</source>
        <translation>Certifications passed at DSD centers in the year</translation>
    </message>
    <message>
        <source>Authorised international test centers</source>
        <translation>Authorised international test centers</translation>
    </message>
    <message>
        <source>Certifications passed at international test centers in the year</source>
        <translation>Certifications passed at international test centers in the year</translation>
    </message>
    <message>
        <source>Teachers with a skill gap recorded for the year</source>
        <translation>Teachers with a skill gap recorded for the year</translation>
    </message>
    <message>
        <source>Teacher-training curricula</source>
        <translation>Teacher-training curricula</translation>
    </message>
    <message>
        <source>Teachers who completed training in the year</source>
        <translation>Teachers who completed training in the year</translation>
    </message>
    <message>
        <source>of them from the CVM center (host college)</source>
        <translation>of them from the CVM center (host college)</translation>
    </message>
    <message>
        <source>of them from Excellent Center colleges</source>
        <translation>of them from Excellent Center colleges</translation>
    </message>
    <message>
        <source>of them from Expert colleges</source>
        <translation>of them from Expert colleges</translation>
    </message>
    <message>
        <source>of them from Standard colleges</source>
        <translation>of them from Standard colleges</translation>
    </message>
    <message>
        <source>Teacher internships ending in the year</source>
        <translation>Teacher internships ending in the year</translation>
    </message>
    <message>
        <source>Internship reports received within 15 days</source>
        <translation>Internship reports received within 15 days</translation>
    </message>
    <message>
        <source>Incidents during teacher internships</source>
        <translation>Incidents during teacher internships</translation>
    </message>
    <message>
        <source>Teachers certified in the year</source>
        <translation>Teachers certified in the year</translation>
    </message>
    <message>
        <source>Work-based learning placements starting in the year</source>
        <translation>Work-based learning placements starting in the year</translation>
    </message>
    <message>
        <source>Teachers who completed WBL training in the year</source>
        <translation>Teachers who completed WBL training in the year</translation>
    </message>
    <message>
        <source>Placed students without an incident</source>
        <translation>Placed students without an incident</translation>
    </message>
    <message>
        <source>Student placements starting in the year</source>
        <translation>Student placements starting in the year</translation>
    </message>
    <message>
        <source>Students placed in enterprises</source>
        <translation>Students placed in enterprises</translation>
    </message>
    <message>
        <source>Placements with safety training before the start</source>
        <translation>Placements with safety training before the start</translation>
    </message>
    <message>
        <source>Incidents and complaints during placements</source>
        <translation>Incidents and complaints during placements</translation>
    </message>
    <message>
        <source>Accidents during placements</source>
        <translation>Accidents during placements</translation>
    </message>
    <message>
        <source>Students trained in short courses in the year</source>
        <translation>Students trained in short courses in the year</translation>
    </message>
    <message>
        <source>Students and graduates certified in the year (of final-year students)</source>
        <translation>Students and graduates certified in the year (of final-year students)</translation>
    </message>
    <message>
        <source>Network colleges whose self-assessment report was received</source>
        <translation>Network colleges whose self-assessment report was received</translation>
    </message>
    <message>
        <source>Policy recommendations for the year</source>
        <translation>Policy recommendations for the year</translation>
    </message>
    <message>
        <source>Policy recommendations sent to the central office</source>
        <translation>Policy recommendations sent to the central office</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>The recipient is not an enrolled site. Enrol its key first (Sites and keys).</source>
        <translation>The recipient is not an enrolled site. Enrol its key first (Sites and keys).</translation>
    </message>
    <message>
        <source>The key of the recipient was revoked: no package is made for it.</source>
        <translation>The key of the recipient was revoked: no package is made for it.</translation>
    </message>
    <message>
        <source>This database has no site identity yet.</source>
        <translation>This database has no site identity yet.</translation>
    </message>
    <message>
        <source>Pseudonymised and counts-only packages are for the central office; college stations and centers need the full data.</source>
        <translation>Pseudonymised and counts-only packages are for the central office; college stations and centers need the full data.</translation>
    </message>
    <message>
        <source>Packing {table}…</source>
        <translation>Packing {table}…</translation>
    </message>
    <message>
        <source>The package comes from a site whose key was never enrolled here. Enrol its key first (Sites and keys), after checking its fingerprint.</source>
        <translation>The package comes from a site whose key was never enrolled here. Enrol its key first (Sites and keys), after checking its fingerprint.</translation>
    </message>
    <message>
        <source>The key of the site that sent the package was revoked.</source>
        <translation>The key of the site that sent the package was revoked.</translation>
    </message>
    <message>
        <source>The package was signed with another key than the one enrolled for its sender.</source>
        <translation>The package was signed with another key than the one enrolled for its sender.</translation>
    </message>
    <message>
        <source>The package was made by a program with another database version ({theirs}; here {ours}). Both sites must run the same version.</source>
        <translation>The package was made by a program with another database version ({theirs}; here {ours}). Both sites must run the same version.</translation>
    </message>
    <message>
        <source>The package was made for another site, not for this one.</source>
        <translation>The package was made for another site, not for this one.</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <source>The package holds a record that clashes with one here that must be unique (for example the same certificate number on two results) or that refers to a record missing here. Nothing was imported; correct the record at either site and send a new package.</source>
        <translation>The package holds a record that clashes with one here that must be unique (for example the same certificate number on two results) or that refers to a record missing here. Nothing was imported; correct the record at either site and send a new package.</translation>
    </message>
    <message>
        <source>A record in the package is damaged: the package cannot be used.</source>
        <translation>A record in the package is damaged: the package cannot be used.</translation>
    </message>
    <message>
        <source>Applying {table}…</source>
        <translation>Applying {table}…</translation>
    </message>
    <message>
        <source>{count} records of {table} belong to a college the sending site does not hold; the package is refused.</source>
        <translation>{count} records of {table} belong to a college the sending site does not hold; the package is refused.</translation>
    </message>
    <message>
        <source>{count} records of {table} refer to records that are neither in the package nor here; the package is refused.</source>
        <translation>{count} records of {table} refer to records that are neither in the package nor here; the package is refused.</translation>
    </message>
    <message>
        <source>Only a center sends a counts-only package.</source>
        <translation>Only a center sends a counts-only package.</translation>
    </message>
    <message>
        <source>The file is not a package or it is damaged (cut short or corrupt).</source>
        <translation>The file is not a package or it is damaged (cut short or corrupt).</translation>
    </message>
    <message>
        <source>The package holds more files than a package can.</source>
        <translation>The package holds more files than a package can.</translation>
    </message>
    <message>
        <source>The package holds a file with a path outside the package.</source>
        <translation>The package holds a file with a path outside the package.</translation>
    </message>
    <message>
        <source>The package holds the same file twice.</source>
        <translation>The package holds the same file twice.</translation>
    </message>
    <message>
        <source>The package holds a file a package never has.</source>
        <translation>The package holds a file a package never has.</translation>
    </message>
    <message>
        <source>The package holds a file far larger than its packed size allows (a so-called zip bomb).</source>
        <translation>The package holds a file far larger than its packed size allows (a so-called zip bomb).</translation>
    </message>
    <message>
        <source>The package is larger than a package can be.</source>
        <translation>The package is larger than a package can be.</translation>
    </message>
    <message>
        <source>The package has no signed manifest.</source>
        <translation>The package has no signed manifest.</translation>
    </message>
    <message>
        <source>A file in the package is larger than its manifest says.</source>
        <translation>A file in the package is larger than its manifest says.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of the program. Update the program, then open the package again.</source>
        <translation>The package was made by a newer version of the program. Update the program, then open the package again.</translation>
    </message>
    <message>
        <source>The manifest of the package is damaged.</source>
        <translation>The manifest of the package is damaged.</translation>
    </message>
    <message>
        <source>The files in the package are not the ones its manifest lists (a file is missing or one was added).</source>
        <translation>The files in the package are not the ones its manifest lists (a file is missing or one was added).</translation>
    </message>
    <message>
        <source>A file in the package does not match its manifest: it was altered.</source>
        <translation>A file in the package does not match its manifest: it was altered.</translation>
    </message>
    <message>
        <source>The signature of the package is wrong: it was not made by the site it names, or it was altered on the way.</source>
        <translation>The signature of the package is wrong: it was not made by the site it names, or it was altered on the way.</translation>
    </message>
    <message>
        <source>A file in the package has more or fewer rows than its manifest says.</source>
        <translation>A file in the package has more or fewer rows than its manifest says.</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <source>Check the package before importing</source>
        <translation>Check the package before importing</translation>
    </message>
    <message>
        <source>Package {position} of {count}: {name}</source>
        <translation>Package {position} of {count}: {name}</translation>
    </message>
    <message>
        <source>Package: {name}</source>
        <translation>Package: {name}</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Sent by:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Made on:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Personal data:</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>Records of</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Records edited here and at the other site since they last exchanged packages are conflicts: the same rule at every site decides which version is applied, and the other version is kept for you to review under Conflicts.</source>
        <translation>Records edited here and at the other site since they last exchanged packages are conflicts: the same rule at every site decides which version is applied, and the other version is kept for you to review under Conflicts.</translation>
    </message>
    <message>
        <source>{count} records carry a time far in the future: the clock of the computer that sent them may be wrong. They are imported, but this computer&apos;s clock does not follow them.</source>
        <translation>{count} records carry a time far in the future: the clock of the computer that sent them may be wrong. They are imported, but this computer&apos;s clock does not follow them.</translation>
    </message>
    <message>
        <source>This package is refused and cannot be imported:
{problems}</source>
        <translation>This package is refused and cannot be imported:
{problems}</translation>
    </message>
    <message>
        <source>This package was already imported on {when}. There is nothing to do.</source>
        <translation>This package was already imported on {when}. There is nothing to do.</translation>
    </message>
    <message>
        <source>Importing first writes a backup of the database, then applies the whole package at once: if anything goes wrong, nothing is changed.</source>
        <translation>Importing first writes a backup of the database, then applies the whole package at once: if anything goes wrong, nothing is changed.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Skip this package</source>
        <translation>&amp;Skip this package</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Counts of records per table and college ({count} lines). They replace the counts this center sent before.</source>
        <translation>Counts of records per table and college ({count} lines). They replace the counts this center sent before.</translation>
    </message>
    <message>
        <source>The package holds no records; it only confirms what the sending site has received.</source>
        <translation>The package holds no records; it only confirms what the sending site has received.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {rejected} rejected records.</source>
        <translation>{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {rejected} rejected records.</translation>
    </message>
</context>
<context>
    <name>PackageProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Send and receive packages</source>
        <translation>Send and receive packages</translation>
    </message>
    <message>
        <source>A package file carries the records another site has not received yet. Take it to that site on a USB drive or send it by e-mail; the site opens it on this screen. Only sites that enrolled each other&apos;s keys can exchange packages.</source>
        <translation>A package file carries the records another site has not received yet. Take it to that site on a USB drive or send it by e-mail; the site opens it on this screen. Only sites that enrolled each other&apos;s keys can exchange packages.</translation>
    </message>
    <message>
        <source>This installation is not set up as a site yet, so it can neither send nor receive packages.</source>
        <translation>This installation is not set up as a site yet, so it can neither send nor receive packages.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <source>There is no site to send a package to yet. Enrol the key of the other site first, under Sites and keys.</source>
        <translation>There is no site to send a package to yet. Enrol the key of the other site first, under Sites and keys.</translation>
    </message>
    <message>
        <source>Send &amp;everything, not only what the recipient has not acknowledged yet</source>
        <translation>Send &amp;everything, not only what the recipient has not acknowledged yet</translation>
    </message>
    <message>
        <source>Personal data in the package (a choice for the central office only)</source>
        <translation>Personal data in the package (a choice for the central office only)</translation>
    </message>
    <message>
        <source>&amp;Full data</source>
        <translation>&amp;Full data</translation>
    </message>
    <message>
        <source>&amp;Pseudonymised</source>
        <translation>&amp;Pseudonymised</translation>
    </message>
    <message>
        <source>&amp;Counts only</source>
        <translation>&amp;Counts only</translation>
    </message>
    <message>
        <source>&amp;Make package…</source>
        <translation>&amp;Make package…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Each package is checked and shown to you before anything is written. Packages may be opened in any order and more than once: one already imported changes nothing.</source>
        <translation>Each package is checked and shown to you before anything is written. Packages may be opened in any order and more than once: one already imported changes nothing.</translation>
    </message>
    <message>
        <source>&amp;Open packages…</source>
        <translation>&amp;Open packages…</translation>
    </message>
    <message>
        <source>Open a fo&amp;lder of packages…</source>
        <translation>Open a fo&amp;lder of packages…</translation>
    </message>
    <message>
        <source>Packages sent and received</source>
        <translation>Packages sent and received</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Sent or received</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>No package was sent or received yet.</source>
        <translation>No package was sent or received yet.</translation>
    </message>
    <message>
        <source>The latest {count} packages are shown.</source>
        <translation>The latest {count} packages are shown.</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Save the package for {name}</source>
        <translation>Save the package for {name}</translation>
    </message>
    <message>
        <source>CVM packages (*.cvmpkg)</source>
        <translation>CVM packages (*.cvmpkg)</translation>
    </message>
    <message>
        <source>Making the package for {name}…</source>
        <translation>Making the package for {name}…</translation>
    </message>
    <message>
        <source>Making the package was cancelled; no file was written.</source>
        <translation>Making the package was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The package {name} is saved with {count} records.</source>
        <translation>The package {name} is saved with {count} records.</translation>
    </message>
    <message>
        <source>The package {name} is saved with the counts of records.</source>
        <translation>The package {name} is saved with the counts of records.</translation>
    </message>
    <message>
        <source>The package {name} is saved. It holds no records: the recipient has acknowledged everything already.</source>
        <translation>The package {name} is saved. It holds no records: the recipient has acknowledged everything already.</translation>
    </message>
    <message>
        <source>{table}: {count}</source>
        <translation>{table}: {count}</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Open packages</source>
        <translation>Open packages</translation>
    </message>
    <message>
        <source>Open a folder of packages</source>
        <translation>Open a folder of packages</translation>
    </message>
    <message>
        <source>The folder holds no package files (.cvmpkg).</source>
        <translation>The folder holds no package files (.cvmpkg).</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>The package {name} was already imported on {when}; nothing was changed.</source>
        <translation>The package {name} was already imported on {when}; nothing was changed.</translation>
    </message>
    <message>
        <source>The counts of records from {sender} are imported.</source>
        <translation>The counts of records from {sender} are imported.</translation>
    </message>
    <message>
        <source>The package from {sender} is imported: {new} new records, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.</source>
        <translation>The package from {sender} is imported: {new} new records, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.</translation>
    </message>
    <message>
        <source>Review the conflicts under Conflicts.</source>
        <translation>Review the conflicts under Conflicts.</translation>
    </message>
    <message>
        <source>A backup of the database before the import: {path}</source>
        <translation>A backup of the database before the import: {path}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>The packages after this one were not opened.</source>
        <translation>The packages after this one were not opened.</translation>
    </message>
    <message>
        <source>{count} of the packages were imported before; they were left as they are.</source>
        <translation>{count} of the packages were imported before; they were left as they are.</translation>
    </message>
</context>
<context>
    <name>PlaceClassDialog</name>
    <message>
        <source>Place a class</source>
        <translation>Place a class</translation>
    </message>
    <message>
        <source>&amp;College</source>
        <translation>&amp;College</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Year of study</source>
        <translation>&amp;Year of study</translation>
    </message>
    <message>
        <source>&amp;Enterprises (choose one or more)</source>
        <translation>&amp;Enterprises (choose one or more)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Starts on</translation>
    </message>
    <message>
        <source>E&amp;nds on</source>
        <translation>E&amp;nds on</translation>
    </message>
    <message>
        <source>day/month/B.E. year, e.g. 1/11/2568</source>
        <translation>day/month/B.E. year, e.g. 1/11/2568</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>C&amp;reate placements</source>
        <translation>C&amp;reate placements</translation>
    </message>
    <message>
        <source>Write both dates as day/month/Buddhist Era year, for example 1/11/2568.</source>
        <translation>Write both dates as day/month/Buddhist Era year, for example 1/11/2568.</translation>
    </message>
    <message>
        <source>Choose the college and at least one enterprise.</source>
        <translation>Choose the college and at least one enterprise.</translation>
    </message>
    <message>
        <source>Placements to create: {count}</source>
        <translation>Placements to create: {count}</translation>
    </message>
    <message>
        <source>{student} → {enterprise}</source>
        <translation>{student} → {enterprise}</translation>
    </message>
    <message>
        <source>Students skipped: {count}</source>
        <translation>Students skipped: {count}</translation>
    </message>
    <message>
        <source>{student}: {reason}</source>
        <translation>{student}: {reason}</translation>
    </message>
</context>
<context>
    <name>PlacementWatchPanel</name>
    <message>
        <source>Safety of students in enterprises</source>
        <translation>Safety of students in enterprises</translation>
    </message>
    <message>
        <source>Open the safety page</source>
        <translation>Open the safety page</translation>
    </message>
    <message>
        <source>The placements could not be checked.</source>
        <translation>The placements could not be checked.</translation>
    </message>
    <message>
        <source>Checking the placements…</source>
        <translation>Checking the placements…</translation>
    </message>
    <message>
        <source>Starting within 14 days without safety training</source>
        <translation>Starting within 14 days without safety training</translation>
    </message>
    <message>
        <source>Supervision visits overdue</source>
        <translation>Supervision visits overdue</translation>
    </message>
    <message>
        <source>Incidents still open: {count}</source>
        <translation>Incidents still open: {count}</translation>
    </message>
    <message>
        <source>Placements starting within 14 days without safety training or orientation: {count}</source>
        <translation>Placements starting within 14 days without safety training or orientation: {count}</translation>
    </message>
    <message>
        <source>Placements in progress with no visit in their first 30 days: {count}</source>
        <translation>Placements in progress with no visit in their first 30 days: {count}</translation>
    </message>
    <message>
        <source>Every placement starting soon is cleared to start.</source>
        <translation>Every placement starting soon is cleared to start.</translation>
    </message>
    <message>
        <source>No supervision visit is overdue.</source>
        <translation>No supervision visit is overdue.</translation>
    </message>
    <message>
        <source>{student} – {enterprise}</source>
        <translation>{student} – {enterprise}</translation>
    </message>
    <message>
        <source>{days} days without a visit</source>
        <translation>{days} days without a visit</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>A placement that is {current} cannot be changed to another status.</source>
        <translation>A placement that is {current} cannot be changed to another status.</translation>
    </message>
    <message>
        <source>A placement that is {current} cannot move to {to}.</source>
        <translation>A placement that is {current} cannot move to {to}.</translation>
    </message>
    <message>
        <source>Give the reason the placement is withdrawn.</source>
        <translation>Give the reason the placement is withdrawn.</translation>
    </message>
    <message>
        <source>The placement cannot start: the student&apos;s occupational safety training and orientation on rights and the complaint channel are not recorded on or before the start day.</source>
        <translation>The placement cannot start: the student&apos;s occupational safety training and orientation on rights and the complaint channel are not recorded on or before the start day.</translation>
    </message>
    <message>
        <source>The placement cannot start: the student&apos;s occupational safety training is not recorded on or before the start day.</source>
        <translation>The placement cannot start: the student&apos;s occupational safety training is not recorded on or before the start day.</translation>
    </message>
    <message>
        <source>The placement cannot start: the student&apos;s orientation on rights and the complaint channel is not recorded on or before the start day.</source>
        <translation>The placement cannot start: the student&apos;s orientation on rights and the complaint channel is not recorded on or before the start day.</translation>
    </message>
    <message>
        <source>The student already has a placement from {first} to {last} on some of these dates; a student cannot be in two placements at once.</source>
        <translation>The student already has a placement from {first} to {last} on some of these dates; a student cannot be in two placements at once.</translation>
    </message>
    <message>
        <source>The enterprise has no placement seat left in fiscal year {year} for this mode: all {seats} seats are taken.</source>
        <translation>The enterprise has no placement seat left in fiscal year {year} for this mode: all {seats} seats are taken.</translation>
    </message>
    <message>
        <source>This placement no longer exists.</source>
        <translation>This placement no longer exists.</translation>
    </message>
    <message>
        <source>A placement cannot end before it starts.</source>
        <translation>A placement cannot end before it starts.</translation>
    </message>
    <message>
        <source>Choose at least one enterprise.</source>
        <translation>Choose at least one enterprise.</translation>
    </message>
    <message>
        <source>Already placed on some of these dates.</source>
        <translation>Already placed on some of these dates.</translation>
    </message>
    <message>
        <source>No enterprise chosen has a seat left.</source>
        <translation>No enterprise chosen has a seat left.</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Place a class…</source>
        <translation>Place a class…</translation>
    </message>
    <message>
        <source>Supervision visits and incidents of the selected placement</source>
        <translation>Supervision visits and incidents of the selected placement</translation>
    </message>
    <message>
        <source>Withdraw the placement</source>
        <translation>Withdraw the placement</translation>
    </message>
    <message>
        <source>Reason for withdrawal:</source>
        <translation>Reason for withdrawal:</translation>
    </message>
    <message>
        <source>The placement could not be changed.</source>
        <translation>The placement could not be changed.</translation>
    </message>
</context>
<context>
    <name>PlacementsReport</name>
    <message>
        <source>1. Placements of the fiscal year by college and mode</source>
        <translation>1. Placements of the fiscal year by college and mode</translation>
    </message>
    <message>
        <source>No placement starting in this fiscal year has been recorded.</source>
        <translation>No placement starting in this fiscal year has been recorded.</translation>
    </message>
    <message>
        <source>{placements} placements of {students} students in {colleges} network colleges started in the fiscal year (withdrawn placements not counted).</source>
        <translation>{placements} placements of {students} students in {colleges} network colleges started in the fiscal year (withdrawn placements not counted).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Students placed</translation>
    </message>
    <message>
        <source>Unit: placements; students placed: persons.</source>
        <translation>Unit: placements; students placed: persons.</translation>
    </message>
    <message>
        <source>Figure 1 Placements of the fiscal year per college and mode</source>
        <translation>Figure 1 Placements of the fiscal year per college and mode</translation>
    </message>
    <message>
        <source>Figure 1 Placements of the fiscal year per college and mode (the {count} colleges with the most placements)</source>
        <translation>Figure 1 Placements of the fiscal year per college and mode (the {count} colleges with the most placements)</translation>
    </message>
    <message>
        <source>2. Placements by status</source>
        <translation>2. Placements by status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>3. Supervision visits</source>
        <translation>3. Supervision visits</translation>
    </message>
    <message>
        <source>No placement or supervision visit has been recorded for this year.</source>
        <translation>No placement or supervision visit has been recorded for this year.</translation>
    </message>
    <message>
        <source>{seen} of the {total} placements of the year ({share}) had at least one supervision visit; {made} visits were made in the fiscal year.</source>
        <translation>{seen} of the {total} placements of the year ({share}) had at least one supervision visit; {made} visits were made in the fiscal year.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Placements visited</source>
        <translation>Placements visited</translation>
    </message>
    <message>
        <source>Share visited</source>
        <translation>Share visited</translation>
    </message>
    <message>
        <source>Visits made in the year</source>
        <translation>Visits made in the year</translation>
    </message>
    <message>
        <source>Average rating (1-5)</source>
        <translation>Average rating (1-5)</translation>
    </message>
    <message>
        <source>4. Incidents of placed students</source>
        <translation>4. Incidents of placed students</translation>
    </message>
    <message>
        <source>No incident of a placed student was recorded in this fiscal year.</source>
        <translation>No incident of a placed student was recorded in this fiscal year.</translation>
    </message>
    <message>
        <source>4.1 Incidents by kind and severity</source>
        <translation>4.1 Incidents by kind and severity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unit: incidents. Severity as recorded by the college.</source>
        <translation>Unit: incidents. Severity as recorded by the college.</translation>
    </message>
    <message>
        <source>4.2 Incidents of the year</source>
        <translation>4.2 Incidents of the year</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Students are not named in this report; see the incident records.</source>
        <translation>Students are not named in this report; see the incident records.</translation>
    </message>
    <message>
        <source>{status}; escalated {day}</source>
        <translation>{status}; escalated {day}</translation>
    </message>
    <message>
        <source>5. Safety of placed students (activity 6.2)</source>
        <translation>5. Safety of placed students (activity 6.2)</translation>
    </message>
    <message>
        <source>Nobody was placed in this fiscal year: there is no safety figure to compute.</source>
        <translation>Nobody was placed in this fiscal year: there is no safety figure to compute.</translation>
    </message>
    <message>
        <source>Of the {placed} students placed in the fiscal year, {safe} had no incident: {share} (target: {target}).</source>
        <translation>Of the {placed} students placed in the fiscal year, {safe} had no incident: {share} (target: {target}).</translation>
    </message>
    <message>
        <source>5.1 Students placed without an incident, by college</source>
        <translation>5.1 Students placed without an incident, by college</translation>
    </message>
    <message>
        <source>With an incident</source>
        <translation>With an incident</translation>
    </message>
    <message>
        <source>Without an incident</source>
        <translation>Without an incident</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Target met</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>5.2 Safety training before the placement started</source>
        <translation>5.2 Safety training before the placement started</translation>
    </message>
    <message>
        <source>Safety training before the start</source>
        <translation>Safety training before the start</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Counted as the target 6.2 counts it: every placement starting in the year, withdrawn ones included.</source>
        <translation>Counted as the target 6.2 counts it: every placement starting in the year, withdrawn ones included.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>6. Targets of activity 6.2</source>
        <translation>6. Targets of activity 6.2</translation>
    </message>
    <message>
        <source>Student placements and safety report</source>
        <translation>Student placements and safety report</translation>
    </message>
    <message>
        <source>Placements of the year by college and mode, supervision visits, incidents by severity, the safety figure and the targets of activity 6.2.</source>
        <translation>Placements of the year by college and mode, supervision visits, incidents by severity, the safety figure and the targets of activity 6.2.</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>The last fiscal year of the plan comes before its first.</source>
        <translation>The last fiscal year of the plan comes before its first.</translation>
    </message>
    <message>
        <source>An annual action plan covers one fiscal year.</source>
        <translation>An annual action plan covers one fiscal year.</translation>
    </message>
    <message>
        <source>A five-year development plan covers at most five fiscal years.</source>
        <translation>A five-year development plan covers at most five fiscal years.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Five-year and annual plans (manual 2.1-2.2)</source>
        <translation>Five-year and annual plans (manual 2.1-2.2)</translation>
    </message>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>&amp;Fiscal year (B.E.):</translation>
    </message>
    <message>
        <source>The figures could not be read. Choose the year again to retry.</source>
        <translation>The figures could not be read. Choose the year again to retry.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Plans covering the year: five-year {five_year}, annual {annual}.</source>
        <translation>Plans covering the year: five-year {five_year}, annual {annual}.</translation>
    </message>
    <message>
        <source>Planned activities done: no data (no activity is due in the year).</source>
        <translation>Planned activities done: no data (no activity is due in the year).</translation>
    </message>
    <message>
        <source>Planned activities done: {done} of {due} due in the year ({share}).</source>
        <translation>Planned activities done: {done} of {due} due in the year ({share}).</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Scroll here</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Page up</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Page down</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Left edge</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Right edge</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Page left</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Page right</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Scroll left</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Scroll right</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Sync status: {state}</source>
        <translation>Sync status: {state}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>Name (Thai)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>College code</source>
        <translation>College code</translation>
    </message>
    <message>
        <source>Public or private</source>
        <translation>Public or private</translation>
    </message>
    <message>
        <source>College group</source>
        <translation>College group</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Teaches the Vocational Certificate</source>
        <translation>Teaches the Vocational Certificate</translation>
    </message>
    <message>
        <source>Teaches the Higher Vocational Certificate</source>
        <translation>Teaches the Higher Vocational Certificate</translation>
    </message>
    <message>
        <source>Teaches the Bachelor of Technology</source>
        <translation>Teaches the Bachelor of Technology</translation>
    </message>
    <message>
        <source>Runs short courses</source>
        <translation>Runs short courses</translation>
    </message>
    <message>
        <source>Offers formal study</source>
        <translation>Offers formal study</translation>
    </message>
    <message>
        <source>Offers non-formal study</source>
        <translation>Offers non-formal study</translation>
    </message>
    <message>
        <source>Offers dual vocational training</source>
        <translation>Offers dual vocational training</translation>
    </message>
    <message>
        <source>CVM center</source>
        <translation>CVM center</translation>
    </message>
    <message>
        <source>{label}: a college with this name is already recorded.</source>
        <translation>{label}: a college with this name is already recorded.</translation>
    </message>
    <message>
        <source>{label}: another college already has this code.</source>
        <translation>{label}: another college already has this code.</translation>
    </message>
    <message>
        <source>{label}: choose public or private.</source>
        <translation>{label}: choose public or private.</translation>
    </message>
    <message>
        <source>{label}: choose one of the groups.</source>
        <translation>{label}: choose one of the groups.</translation>
    </message>
    <message>
        <source>New network college</source>
        <translation>New network college</translation>
    </message>
    <message>
        <source>Edit network college</source>
        <translation>Edit network college</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>Excellent subject</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Edition year (B.E.; Vocational Certificate 2562, Higher Vocational Certificate 2563)</source>
        <translation>Edition year (B.E.; Vocational Certificate 2562, Higher Vocational Certificate 2563)</translation>
    </message>
    <message>
        <source>Curriculum title</source>
        <translation>Curriculum title</translation>
    </message>
    <message>
        <source>Revision status</source>
        <translation>Revision status</translation>
    </message>
    <message>
        <source>Revision started on</source>
        <translation>Revision started on</translation>
    </message>
    <message>
        <source>Reviewed with enterprises on</source>
        <translation>Reviewed with enterprises on</translation>
    </message>
    <message>
        <source>Approved by the college board on</source>
        <translation>Approved by the college board on</translation>
    </message>
    <message>
        <source>Submitted to the Office of the Vocational Education Commission on</source>
        <translation>Submitted to the Office of the Vocational Education Commission on</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>{label} cannot be before the date of the earlier step ({earlier}).</source>
        <translation>{label} cannot be before the date of the earlier step ({earlier}).</translation>
    </message>
    <message>
        <source>{label}: choose a recorded subject.</source>
        <translation>{label}: choose a recorded subject.</translation>
    </message>
    <message>
        <source>{label}: choose Vocational Certificate or Higher Vocational Certificate.</source>
        <translation>{label}: choose Vocational Certificate or Higher Vocational Certificate.</translation>
    </message>
    <message>
        <source>{label}: choose one of the statuses.</source>
        <translation>{label}: choose one of the statuses.</translation>
    </message>
    <message>
        <source>{label} is required when the revision is approved.</source>
        <translation>{label} is required when the revision is approved.</translation>
    </message>
    <message>
        <source>{label}: a curriculum of this subject, level and edition is already recorded.</source>
        <translation>{label}: a curriculum of this subject, level and edition is already recorded.</translation>
    </message>
    <message>
        <source>Vocational Certificate 2562, Higher Vocational Certificate 2563</source>
        <translation>Vocational Certificate 2562, Higher Vocational Certificate 2563</translation>
    </message>
    <message>
        <source>New curriculum</source>
        <translation>New curriculum</translation>
    </message>
    <message>
        <source>Edit curriculum</source>
        <translation>Edit curriculum</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Unit title</source>
        <translation>Unit title</translation>
    </message>
    <message>
        <source>TPQI level (1-8)</source>
        <translation>TPQI level (1-8)</translation>
    </message>
    <message>
        <source>Occupation standard</source>
        <translation>Occupation standard</translation>
    </message>
    <message>
        <source>{label}: a TPQI level is a number from {first} to {last}.</source>
        <translation>{label}: a TPQI level is a number from {first} to {last}.</translation>
    </message>
    <message>
        <source>{label}: a unit of competency with this code is already recorded.</source>
        <translation>{label}: a unit of competency with this code is already recorded.</translation>
    </message>
    <message>
        <source>New unit of competency</source>
        <translation>New unit of competency</translation>
    </message>
    <message>
        <source>Edit unit of competency</source>
        <translation>Edit unit of competency</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Unit of competency</source>
        <translation>Unit of competency</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>Course code</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Course title</translation>
    </message>
    <message>
        <source>{title} ({edition})</source>
        <translation>{title} ({edition})</translation>
    </message>
    <message>
        <source>{label}: choose a recorded curriculum.</source>
        <translation>{label}: choose a recorded curriculum.</translation>
    </message>
    <message>
        <source>{label}: choose a recorded unit of competency.</source>
        <translation>{label}: choose a recorded unit of competency.</translation>
    </message>
    <message>
        <source>{label}: this course is already mapped to this unit of competency.</source>
        <translation>{label}: this course is already mapped to this unit of competency.</translation>
    </message>
    <message>
        <source>Map a course to a unit of competency</source>
        <translation>Map a course to a unit of competency</translation>
    </message>
    <message>
        <source>Edit a course mapping</source>
        <translation>Edit a course mapping</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>{label}: choose one of the values offered.</source>
        <translation>{label}: choose one of the values offered.</translation>
    </message>
    <message>
        <source>{label}: a level runs from 1 to {last} (0 if there is none).</source>
        <translation>{label}: a level runs from 1 to {last} (0 if there is none).</translation>
    </message>
    <message>
        <source>Type of center</source>
        <translation>Type of center</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Center name</translation>
    </message>
    <message>
        <source>Licence or accreditation number</source>
        <translation>Licence or accreditation number</translation>
    </message>
    <message>
        <source>Scope (standards and levels)</source>
        <translation>Scope (standards and levels)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{label}: this college no longer exists.</source>
        <translation>{label}: this college no longer exists.</translation>
    </message>
    <message>
        <source>{label} cannot be before the first day of validity.</source>
        <translation>{label} cannot be before the first day of validity.</translation>
    </message>
    <message>
        <source>{label} is required for an accredited or licensed center.</source>
        <translation>{label} is required for an accredited or licensed center.</translation>
    </message>
    <message>
        <source>{label}: this college already has a center of this name.</source>
        <translation>{label}: this college already has a center of this name.</translation>
    </message>
    <message>
        <source>New certification or test center</source>
        <translation>New certification or test center</translation>
    </message>
    <message>
        <source>Edit certification or test center</source>
        <translation>Edit certification or test center</translation>
    </message>
    <message>
        <source>Certification center</source>
        <translation>Certification center</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>Occupational standard</source>
        <translation>Occupational standard</translation>
    </message>
    <message>
        <source>Level (1-8; 0 if none)</source>
        <translation>Level (1-8; 0 if none)</translation>
    </message>
    <message>
        <source>Seats (0 if not set)</source>
        <translation>Seats (0 if not set)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{label}: this certification center no longer exists.</source>
        <translation>{label}: this certification center no longer exists.</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>New assessment round</translation>
    </message>
    <message>
        <source>Edit assessment round</source>
        <translation>Edit assessment round</translation>
    </message>
    <message>
        <source>Assessment round (optional)</source>
        <translation>Assessment round (optional)</translation>
    </message>
    <message>
        <source>Person assessed</source>
        <translation>Person assessed</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Student or graduate</source>
        <translation>Student or graduate</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>This certificate number is already recorded for another result.</source>
        <translation>This certificate number is already recorded for another result.</translation>
    </message>
    <message>
        <source>This certificate number was given to a result that has been deleted; a certificate number is never used twice.</source>
        <translation>This certificate number was given to a result that has been deleted; a certificate number is never used twice.</translation>
    </message>
    <message>
        <source>This person&apos;s college is not in this CVM center&apos;s network, so results cannot be recorded here. The center of that network records them.</source>
        <translation>This person&apos;s college is not in this CVM center&apos;s network, so results cannot be recorded here. The center of that network records them.</translation>
    </message>
    <message>
        <source>{label}: this person no longer exists.</source>
        <translation>{label}: this person no longer exists.</translation>
    </message>
    <message>
        <source>{label}: this assessment round no longer exists.</source>
        <translation>{label}: this assessment round no longer exists.</translation>
    </message>
    <message>
        <source>{label}: only a result of “passed” has a certificate.</source>
        <translation>{label}: only a result of “passed” has a certificate.</translation>
    </message>
    <message>
        <source>New certification result</source>
        <translation>New certification result</translation>
    </message>
    <message>
        <source>Edit certification result</source>
        <translation>Edit certification result</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Agreement type</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Dual vocational training</source>
        <translation>Dual vocational training</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label} is too long: at most {count} characters.</source>
        <translation>{label} is too long: at most {count} characters.</translation>
    </message>
    <message>
        <source>This computer is not yet set up as the office of a CVM center, so this record cannot be saved. Set up the center first.</source>
        <translation>This computer is not yet set up as the office of a CVM center, so this record cannot be saved. Set up the center first.</translation>
    </message>
    <message>
        <source>{label}: an enterprise with this name is already recorded.</source>
        <translation>{label}: an enterprise with this name is already recorded.</translation>
    </message>
    <message>
        <source>{label}: no Thai province has this name.</source>
        <translation>{label}: no Thai province has this name.</translation>
    </message>
    <message>
        <source>{label} of an enterprise in Thailand must be TH.</source>
        <translation>{label} of an enterprise in Thailand must be TH.</translation>
    </message>
    <message>
        <source>{label}: write the two-letter code of the country abroad, for example JP.</source>
        <translation>{label}: write the two-letter code of the country abroad, for example JP.</translation>
    </message>
    <message>
        <source>{label} is only for an enterprise in Thailand; leave it empty.</source>
        <translation>{label} is only for an enterprise in Thailand; leave it empty.</translation>
    </message>
    <message>
        <source>{label}: choose in Thailand or abroad.</source>
        <translation>{label}: choose in Thailand or abroad.</translation>
    </message>
    <message>
        <source>{label} is not a valid email address, for example name@example.com.</source>
        <translation>{label} is not a valid email address, for example name@example.com.</translation>
    </message>
    <message>
        <source>Placement mode</source>
        <translation>Placement mode</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>{label}: choose a recorded enterprise.</source>
        <translation>{label}: choose a recorded enterprise.</translation>
    </message>
    <message>
        <source>{label}: choose a recorded excellent subject.</source>
        <translation>{label}: choose a recorded excellent subject.</translation>
    </message>
    <message>
        <source>{label}: choose one of the levels.</source>
        <translation>{label}: choose one of the levels.</translation>
    </message>
    <message>
        <source>{label} must be a Buddhist Era year from {first} to {last}.</source>
        <translation>{label} must be a Buddhist Era year from {first} to {last}.</translation>
    </message>
    <message>
        <source>{label}: choose internship, dual vocational training or work-based learning.</source>
        <translation>{label}: choose internship, dual vocational training or work-based learning.</translation>
    </message>
    <message>
        <source>{label} must be a whole number from 1 to {last}.</source>
        <translation>{label} must be a whole number from 1 to {last}.</translation>
    </message>
    <message>
        <source>{label}: seats of this mode are already recorded for this enterprise, college, subject and level in this fiscal year; edit that record instead.</source>
        <translation>{label}: seats of this mode are already recorded for this enterprise, college, subject and level in this fiscal year; edit that record instead.</translation>
    </message>
    <message>
        <source>New placement capacity</source>
        <translation>New placement capacity</translation>
    </message>
    <message>
        <source>Edit placement capacity</source>
        <translation>Edit placement capacity</translation>
    </message>
    <message>
        <source>{label} must be at least 1.</source>
        <translation>{label} must be at least 1.</translation>
    </message>
    <message>
        <source>{label}: this enterprise already has a demand for this subject and level in this fiscal year.</source>
        <translation>{label}: this enterprise already has a demand for this subject and level in this fiscal year.</translation>
    </message>
    <message>
        <source>{label}: write a date as day/month/Buddhist Era year, for example 1/10/2568.</source>
        <translation>{label}: write a date as day/month/Buddhist Era year, for example 1/10/2568.</translation>
    </message>
    <message>
        <source>{label}: choose MOU or MOA.</source>
        <translation>{label}: choose MOU or MOA.</translation>
    </message>
    <message>
        <source>{label}: choose a recorded college.</source>
        <translation>{label}: choose a recorded college.</translation>
    </message>
    <message>
        <source>{label} cannot be before the signing date.</source>
        <translation>{label} cannot be before the signing date.</translation>
    </message>
    <message>
        <source>{label}: this college already has an agreement of this type with this enterprise signed on this date.</source>
        <translation>{label}: this college already has an agreement of this type with this enterprise signed on this date.</translation>
    </message>
    <message>
        <source>day/month/B.E. year, for example 1/10/2568</source>
        <translation>day/month/B.E. year, for example 1/10/2568</translation>
    </message>
    <message>
        <source>two letters, for example TH or JP</source>
        <translation>two letters, for example TH or JP</translation>
    </message>
    <message>
        <source>for example 081 234 5678</source>
        <translation>for example 081 234 5678</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>Edit enterprise</translation>
    </message>
    <message>
        <source>New workforce demand</source>
        <translation>New workforce demand</translation>
    </message>
    <message>
        <source>Edit workforce demand</source>
        <translation>Edit workforce demand</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Committee type</source>
        <translation>Committee type</translation>
    </message>
    <message>
        <source>Committee name</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>Appointed on</translation>
    </message>
    <message>
        <source>{label}: choose one of the types of committee.</source>
        <translation>{label}: choose one of the types of committee.</translation>
    </message>
    <message>
        <source>{label}: a committee with this name is already recorded.</source>
        <translation>{label}: a committee with this name is already recorded.</translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>New committee</translation>
    </message>
    <message>
        <source>Edit committee</source>
        <translation>Edit committee</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Name title</source>
        <translation>Name title</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role on the committee</source>
        <translation>Role on the committee</translation>
    </message>
    <message>
        <source>{english} ({thai})</source>
        <translation>{english} ({thai})</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>{label}: choose a recorded committee.</source>
        <translation>{label}: choose a recorded committee.</translation>
    </message>
    <message>
        <source>{label}: choose a title from the list.</source>
        <translation>{label}: choose a title from the list.</translation>
    </message>
    <message>
        <source>{label}: choose one of the roles.</source>
        <translation>{label}: choose one of the roles.</translation>
    </message>
    <message>
        <source>{label}: this person is already a member of this committee.</source>
        <translation>{label}: this person is already a member of this committee.</translation>
    </message>
    <message>
        <source>New committee member</source>
        <translation>New committee member</translation>
    </message>
    <message>
        <source>Edit committee member</source>
        <translation>Edit committee member</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>Meeting of</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>Attendees (0 if not recorded)</source>
        <translation>Attendees (0 if not recorded)</translation>
    </message>
    <message>
        <source>Minutes file</source>
        <translation>Minutes file</translation>
    </message>
    <message>
        <source>{label}: choose one of the kinds of meeting.</source>
        <translation>{label}: choose one of the kinds of meeting.</translation>
    </message>
    <message>
        <source>{label} must be a number from {first} to {last}.</source>
        <translation>{label} must be a number from {first} to {last}.</translation>
    </message>
    <message>
        <source>{label}: a meeting of this kind with this title is already recorded on this date.</source>
        <translation>{label}: a meeting of this kind with this title is already recorded on this date.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Mentor in the enterprise</source>
        <translation>Mentor in the enterprise</translation>
    </message>
    <message>
        <source>Internship plan</source>
        <translation>Internship plan</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Final report received on</source>
        <translation>Final report received on</translation>
    </message>
    <message>
        <source>Teacher internship</source>
        <translation>Teacher internship</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Rating (1-5, 0 if not rated)</source>
        <translation>Rating (1-5, 0 if not rated)</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Type of incident</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Occurred on</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>Escalated on</translation>
    </message>
    <message>
        <source>{teacher} · {enterprise} · {first}–{last}</source>
        <translation>{teacher} · {enterprise} · {first}–{last}</translation>
    </message>
    <message>
        <source>{label}: choose a recorded teacher internship.</source>
        <translation>{label}: choose a recorded teacher internship.</translation>
    </message>
    <message>
        <source>{label} must fall within the internship, from {first} to {last}.</source>
        <translation>{label} must fall within the internship, from {first} to {last}.</translation>
    </message>
    <message>
        <source>{label}: choose a recorded teacher.</source>
        <translation>{label}: choose a recorded teacher.</translation>
    </message>
    <message>
        <source>{label}: an internship cannot end before it starts.</source>
        <translation>{label}: an internship cannot end before it starts.</translation>
    </message>
    <message>
        <source>{label} cannot be before the internship starts.</source>
        <translation>{label} cannot be before the internship starts.</translation>
    </message>
    <message>
        <source>{label}: this teacher already has an internship on some of these dates; one teacher cannot be in two internships at once.</source>
        <translation>{label}: this teacher already has an internship on some of these dates; one teacher cannot be in two internships at once.</translation>
    </message>
    <message>
        <source>{label}: daily logs are recorded outside these dates; change or delete those logs first.</source>
        <translation>{label}: daily logs are recorded outside these dates; change or delete those logs first.</translation>
    </message>
    <message>
        <source>New teacher internship</source>
        <translation>New teacher internship</translation>
    </message>
    <message>
        <source>Edit teacher internship</source>
        <translation>Edit teacher internship</translation>
    </message>
    <message>
        <source>{label} must be a number from 0.5 to 24 with at most one decimal, for example 7.5.</source>
        <translation>{label} must be a number from 0.5 to 24 with at most one decimal, for example 7.5.</translation>
    </message>
    <message>
        <source>{label}: this internship already has a daily log for this date; edit that log instead.</source>
        <translation>{label}: this internship already has a daily log for this date; edit that log instead.</translation>
    </message>
    <message>
        <source>for example 8 or 7.5</source>
        <translation>for example 8 or 7.5</translation>
    </message>
    <message>
        <source>New daily log</source>
        <translation>New daily log</translation>
    </message>
    <message>
        <source>Edit daily log</source>
        <translation>Edit daily log</translation>
    </message>
    <message>
        <source>{label}: give the planned date, the date of the visit or both.</source>
        <translation>{label}: give the planned date, the date of the visit or both.</translation>
    </message>
    <message>
        <source>New supervision visit</source>
        <translation>New supervision visit</translation>
    </message>
    <message>
        <source>Edit supervision visit</source>
        <translation>Edit supervision visit</translation>
    </message>
    <message>
        <source>{label}: choose one of the options.</source>
        <translation>{label}: choose one of the options.</translation>
    </message>
    <message>
        <source>{label} cannot be before the incident occurred.</source>
        <translation>{label} cannot be before the incident occurred.</translation>
    </message>
    <message>
        <source>New safety incident</source>
        <translation>New safety incident</translation>
    </message>
    <message>
        <source>Edit safety incident</source>
        <translation>Edit safety incident</translation>
    </message>
    <message>
        <source>Short course title</source>
        <translation>Short course title</translation>
    </message>
    <message>
        <source>Skill track</source>
        <translation>Skill track</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Approved by (college director)</source>
        <translation>Approved by (college director)</translation>
    </message>
    <message>
        <source>{label}: choose one of the tracks.</source>
        <translation>{label}: choose one of the tracks.</translation>
    </message>
    <message>
        <source>{label}: write both the approval date and the director who approved, or neither.</source>
        <translation>{label}: write both the approval date and the director who approved, or neither.</translation>
    </message>
    <message>
        <source>New short course</source>
        <translation>New short course</translation>
    </message>
    <message>
        <source>Edit short course</source>
        <translation>Edit short course</translation>
    </message>
    <message>
        <source>Short course</source>
        <translation>Short course</translation>
    </message>
    <message>
        <source>Capacity (trainees)</source>
        <translation>Capacity (trainees)</translation>
    </message>
    <message>
        <source>{label}: choose a recorded short course.</source>
        <translation>{label}: choose a recorded short course.</translation>
    </message>
    <message>
        <source>{label} cannot be before the start.</source>
        <translation>{label} cannot be before the start.</translation>
    </message>
    <message>
        <source>{label} cannot be less than the trainees already recorded.</source>
        <translation>{label} cannot be less than the trainees already recorded.</translation>
    </message>
    <message>
        <source>New short-course run</source>
        <translation>New short-course run</translation>
    </message>
    <message>
        <source>Edit short-course run</source>
        <translation>Edit short-course run</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Trainee group</source>
        <translation>Trainee group</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Enterprise trainer</source>
        <translation>Enterprise trainer</translation>
    </message>
    <message>
        <source>Supervising teacher</source>
        <translation>Supervising teacher</translation>
    </message>
    <message>
        <source>Agreed tasks</source>
        <translation>Agreed tasks</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>{label}: choose one of the list.</source>
        <translation>{label}: choose one of the list.</translation>
    </message>
    <message>
        <source>{label}: a placement cannot end before it starts.</source>
        <translation>{label}: a placement cannot end before it starts.</translation>
    </message>
    <message>
        <source>New student placement</source>
        <translation>New student placement</translation>
    </message>
    <message>
        <source>Edit student placement</source>
        <translation>Edit student placement</translation>
    </message>
    <message>
        <source>Completed the course</source>
        <translation>Completed the course</translation>
    </message>
    <message>
        <source>{course} · {starts}</source>
        <translation>{course} · {starts}</translation>
    </message>
    <message>
        <source>A trainee of the student group must be a recorded student.</source>
        <translation>A trainee of the student group must be a recorded student.</translation>
    </message>
    <message>
        <source>Only students in Vocational Certificate year 3 or Higher Vocational Certificate year 2 can train on a short course.</source>
        <translation>Only students in Vocational Certificate year 3 or Higher Vocational Certificate year 2 can train on a short course.</translation>
    </message>
    <message>
        <source>This person is already a trainee of this run.</source>
        <translation>This person is already a trainee of this run.</translation>
    </message>
    <message>
        <source>This run is full: it has as many trainees as its capacity.</source>
        <translation>This run is full: it has as many trainees as its capacity.</translation>
    </message>
    <message>
        <source>{label}: choose a recorded run.</source>
        <translation>{label}: choose a recorded run.</translation>
    </message>
    <message>
        <source>{label}: choose a recorded student.</source>
        <translation>{label}: choose a recorded student.</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>New short-course trainee</source>
        <translation>New short-course trainee</translation>
    </message>
    <message>
        <source>Edit short-course trainee</source>
        <translation>Edit short-course trainee</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Student code</source>
        <translation>Student code</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>National ID number</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Year of study</translation>
    </message>
    <message>
        <source>Academic year of entry (B.E.)</source>
        <translation>Academic year of entry (B.E.)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Mode of study</source>
        <translation>Mode of study</translation>
    </message>
    <message>
        <source>Special needs (sensitive data)</source>
        <translation>Special needs (sensitive data)</translation>
    </message>
    <message>
        <source>Equity-fund scholarship (sensitive data)</source>
        <translation>Equity-fund scholarship (sensitive data)</translation>
    </message>
    <message>
        <source>Basis for holding the sensitive data</source>
        <translation>Basis for holding the sensitive data</translation>
    </message>
    <message>
        <source>{label}: another student already has this number.</source>
        <translation>{label}: another student already has this number.</translation>
    </message>
    <message>
        <source>{label} must be from 1 to {last} at this level.</source>
        <translation>{label} must be from 1 to {last} at this level.</translation>
    </message>
    <message>
        <source>{label} is required when special needs or the equity-fund scholarship are recorded: write why the college holds this sensitive data, for example the student&apos;s or parent&apos;s consent or the equity fund&apos;s rules.</source>
        <translation>{label} is required when special needs or the equity-fund scholarship are recorded: write why the college holds this sensitive data, for example the student&apos;s or parent&apos;s consent or the equity fund&apos;s rules.</translation>
    </message>
    <message>
        <source>{label}: another student of this college already has this code.</source>
        <translation>{label}: another student of this college already has this code.</translation>
    </message>
    <message>
        <source>required when a sensitive field is filled, for example written consent</source>
        <translation>required when a sensitive field is filled, for example written consent</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>New student</translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation>Edit student</translation>
    </message>
    <message>
        <source>Type of briefing</source>
        <translation>Type of briefing</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>{label}: this student already has a briefing of this type on this day; edit that record instead.</source>
        <translation>{label}: this student already has a briefing of this type on this day; edit that record instead.</translation>
    </message>
    <message>
        <source>New safety training or orientation</source>
        <translation>New safety training or orientation</translation>
    </message>
    <message>
        <source>Edit safety training or orientation</source>
        <translation>Edit safety training or orientation</translation>
    </message>
    <message>
        <source>Subject taught</source>
        <translation>Subject taught</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>{label} is not valid: check the 13 digits.</source>
        <translation>{label} is not valid: check the 13 digits.</translation>
    </message>
    <message>
        <source>{label}: another teacher already has this number.</source>
        <translation>{label}: another teacher already has this number.</translation>
    </message>
    <message>
        <source>{label}: choose a college of the network.</source>
        <translation>{label}: choose a college of the network.</translation>
    </message>
    <message>
        <source>{label} is not a valid Thai phone number, for example 081 234 5678.</source>
        <translation>{label} is not a valid Thai phone number, for example 081 234 5678.</translation>
    </message>
    <message>
        <source>{label}: a teacher with this name is already recorded in this college.</source>
        <translation>{label}: a teacher with this name is already recorded in this college.</translation>
    </message>
    <message>
        <source>13 digits, may be left empty</source>
        <translation>13 digits, may be left empty</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>New teacher</translation>
    </message>
    <message>
        <source>Edit teacher</source>
        <translation>Edit teacher</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Current level (1-5)</source>
        <translation>Current level (1-5)</translation>
    </message>
    <message>
        <source>Target level (1-5)</source>
        <translation>Target level (1-5)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>{label} must be above the current level.</source>
        <translation>{label} must be above the current level.</translation>
    </message>
    <message>
        <source>{label}: choose high, medium or low.</source>
        <translation>{label}: choose high, medium or low.</translation>
    </message>
    <message>
        <source>{label}: this teacher&apos;s gap in this competency is already recorded for this fiscal year.</source>
        <translation>{label}: this teacher&apos;s gap in this competency is already recorded for this fiscal year.</translation>
    </message>
    <message>
        <source>New skill gap</source>
        <translation>New skill gap</translation>
    </message>
    <message>
        <source>Edit skill gap</source>
        <translation>Edit skill gap</translation>
    </message>
    <message>
        <source>Competencies developed</source>
        <translation>Competencies developed</translation>
    </message>
    <message>
        <source>Partner enterprise</source>
        <translation>Partner enterprise</translation>
    </message>
    <message>
        <source>Work-based learning</source>
        <translation>Work-based learning</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Capacity (teachers)</source>
        <translation>Capacity (teachers)</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>Training run</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>Completed the training</source>
        <translation>Completed the training</translation>
    </message>
    <message>
        <source>{label}: choose one from the list.</source>
        <translation>{label}: choose one from the list.</translation>
    </message>
    <message>
        <source>New teacher-training curriculum</source>
        <translation>New teacher-training curriculum</translation>
    </message>
    <message>
        <source>Edit teacher-training curriculum</source>
        <translation>Edit teacher-training curriculum</translation>
    </message>
    <message>
        <source>{label} cannot be before the day the run starts.</source>
        <translation>{label} cannot be before the day the run starts.</translation>
    </message>
    <message>
        <source>{label} cannot be less than the {count} teachers already enrolled.</source>
        <translation>{label} cannot be less than the {count} teachers already enrolled.</translation>
    </message>
    <message>
        <source>New training run</source>
        <translation>New training run</translation>
    </message>
    <message>
        <source>Edit training run</source>
        <translation>Edit training run</translation>
    </message>
    <message>
        <source>This teacher is already enrolled in this run.</source>
        <translation>This teacher is already enrolled in this run.</translation>
    </message>
    <message>
        <source>This run is full: it has as many teachers enrolled as its capacity.</source>
        <translation>This run is full: it has as many teachers enrolled as its capacity.</translation>
    </message>
    <message>
        <source>This teacher&apos;s college is not in this center&apos;s network.</source>
        <translation>This teacher&apos;s college is not in this center&apos;s network.</translation>
    </message>
    <message>
        <source>A teacher who attended no hours cannot have completed the training.</source>
        <translation>A teacher who attended no hours cannot have completed the training.</translation>
    </message>
    <message>
        <source>This certificate number is already given to another enrolment.</source>
        <translation>This certificate number is already given to another enrolment.</translation>
    </message>
    <message>
        <source>New enrolment</source>
        <translation>New enrolment</translation>
    </message>
    <message>
        <source>Edit enrolment</source>
        <translation>Edit enrolment</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Reported to the provincial dual-vocational center on</source>
        <translation>Reported to the provincial dual-vocational center on</translation>
    </message>
    <message>
        <source>{student} · {enterprise} · {first}–{last}</source>
        <translation>{student} · {enterprise} · {first}–{last}</translation>
    </message>
    <message>
        <source>{label}: choose a recorded placement.</source>
        <translation>{label}: choose a recorded placement.</translation>
    </message>
    <message>
        <source>{label} cannot be before the placement starts ({first}).</source>
        <translation>{label} cannot be before the placement starts ({first}).</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} cannot be in the future.</translation>
    </message>
    <message>
        <source>{label} must fall within the placement, from {first} to {last}.</source>
        <translation>{label} must fall within the placement, from {first} to {last}.</translation>
    </message>
    <message>
        <source>{label}: write the actions taken before closing the incident.</source>
        <translation>{label}: write the actions taken before closing the incident.</translation>
    </message>
    <message>
        <source>{label}: a high-severity or harassment incident must be reported to the provincial dual-vocational center before it can be closed; write the day it was reported.</source>
        <translation>{label}: a high-severity or harassment incident must be reported to the provincial dual-vocational center before it can be closed; write the day it was reported.</translation>
    </message>
    <message>
        <source>New incident or complaint</source>
        <translation>New incident or complaint</translation>
    </message>
    <message>
        <source>Edit incident or complaint</source>
        <translation>Edit incident or complaint</translation>
    </message>
    <message>
        <source>Teacher (optional)</source>
        <translation>Teacher (optional)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Status as of</translation>
    </message>
    <message>
        <source>Fiscal year (B.E.)</source>
        <translation>Fiscal year (B.E.)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>{label}: this college already has this component recorded; edit that record instead.</source>
        <translation>{label}: this college already has this component recorded; edit that record instead.</translation>
    </message>
    <message>
        <source>New knowledge-bank component</source>
        <translation>New knowledge-bank component</translation>
    </message>
    <message>
        <source>Edit knowledge-bank component</source>
        <translation>Edit knowledge-bank component</translation>
    </message>
    <message>
        <source>{label} is required once the recommendation is sent.</source>
        <translation>{label} is required once the recommendation is sent.</translation>
    </message>
    <message>
        <source>the indicators and figures it rests on</source>
        <translation>the indicators and figures it rests on</translation>
    </message>
    <message>
        <source>New policy recommendation</source>
        <translation>New policy recommendation</translation>
    </message>
    <message>
        <source>Edit policy recommendation</source>
        <translation>Edit policy recommendation</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>Title of the media</source>
        <translation>Title of the media</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Kind of plan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First fiscal year (B.E.)</source>
        <translation>First fiscal year (B.E.)</translation>
    </message>
    <message>
        <source>Last fiscal year (B.E.)</source>
        <translation>Last fiscal year (B.E.)</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Project of the five-year plan (optional)</source>
        <translation>Project of the five-year plan (optional)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>Responsible college</source>
        <translation>Responsible college</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>{label}: choose one of the options offered.</source>
        <translation>{label}: choose one of the options offered.</translation>
    </message>
    <message>
        <source>{label}: a plan is sent after approval.</source>
        <translation>{label}: a plan is sent after approval.</translation>
    </message>
    <message>
        <source>{label}: a plan with projects keeps its kind; make a new plan instead.</source>
        <translation>{label}: a plan with projects keeps its kind; make a new plan instead.</translation>
    </message>
    <message>
        <source>{label}: annual plans linked to this plan fall outside this period; a plan period must contain the fiscal year of every annual plan linked to it.</source>
        <translation>{label}: annual plans linked to this plan fall outside this period; a plan period must contain the fiscal year of every annual plan linked to it.</translation>
    </message>
    <message>
        <source>{label}: projects of this plan link to a five-year plan whose period does not contain this fiscal year.</source>
        <translation>{label}: projects of this plan link to a five-year plan whose period does not contain this fiscal year.</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <source>{label}: write an amount of baht of zero or more, with at most two decimals, for example 150,000 or 2,500.50.</source>
        <translation>{label}: write an amount of baht of zero or more, with at most two decimals, for example 150,000 or 2,500.50.</translation>
    </message>
    <message>
        <source>{label}: the period ends before it starts.</source>
        <translation>{label}: the period ends before it starts.</translation>
    </message>
    <message>
        <source>{label}: the date lies outside the fiscal years of the plan.</source>
        <translation>{label}: the date lies outside the fiscal years of the plan.</translation>
    </message>
    <message>
        <source>{label}: only a project of an annual action plan links to the five-year plan.</source>
        <translation>{label}: only a project of an annual action plan links to the five-year plan.</translation>
    </message>
    <message>
        <source>{label}: choose a recorded project of a five-year plan.</source>
        <translation>{label}: choose a recorded project of a five-year plan.</translation>
    </message>
    <message>
        <source>{label}: the period of that five-year plan does not contain the fiscal year of this annual plan.</source>
        <translation>{label}: the period of that five-year plan does not contain the fiscal year of this annual plan.</translation>
    </message>
    <message>
        <source>{label}: choose a recorded plan.</source>
        <translation>{label}: choose a recorded plan.</translation>
    </message>
    <message>
        <source>{label}: choose a college of this CVM center&apos;s network.</source>
        <translation>{label}: choose a college of this CVM center&apos;s network.</translation>
    </message>
    <message>
        <source>baht, for example 150,000</source>
        <translation>baht, for example 150,000</translation>
    </message>
    <message>
        <source>New plan project</source>
        <translation>New plan project</translation>
    </message>
    <message>
        <source>Edit plan project</source>
        <translation>Edit plan project</translation>
    </message>
    <message>
        <source>{label}: choose a recorded project.</source>
        <translation>{label}: choose a recorded project.</translation>
    </message>
    <message>
        <source>{label} is required for an activity that is done.</source>
        <translation>{label} is required for an activity that is done.</translation>
    </message>
    <message>
        <source>{label} cannot be a day still to come.</source>
        <translation>{label} cannot be a day still to come.</translation>
    </message>
    <message>
        <source>New progress update</source>
        <translation>New progress update</translation>
    </message>
    <message>
        <source>Edit progress update</source>
        <translation>Edit progress update</translation>
    </message>
    <message>
        <source>{label}: this teacher belongs to another college; choose a teacher of the college entered, or leave the teacher empty.</source>
        <translation>{label}: this teacher belongs to another college; choose a teacher of the college entered, or leave the teacher empty.</translation>
    </message>
    <message>
        <source>{label}: this college already entered this title in this contest in this fiscal year; edit that entry instead.</source>
        <translation>{label}: this college already entered this title in this contest in this fiscal year; edit that entry instead.</translation>
    </message>
    <message>
        <source>for example: first prize</source>
        <translation>for example: first prize</translation>
    </message>
    <message>
        <source>New teaching-media contest entry</source>
        <translation>New teaching-media contest entry</translation>
    </message>
    <message>
        <source>Edit teaching-media contest entry</source>
        <translation>Edit teaching-media contest entry</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>There is no report named {name}.</source>
        <translation>There is no report named {name}.</translation>
    </message>
</context>
<context>
    <name>ReportDispatch</name>
    <message>
        <source>A report of a fiscal year cannot be sent before the year begins.</source>
        <translation>A report of a fiscal year cannot be sent before the year begins.</translation>
    </message>
    <message>
        <source>The day sent cannot be in the future.</source>
        <translation>The day sent cannot be in the future.</translation>
    </message>
    <message>
        <source>The letter number can have at most {count} characters.</source>
        <translation>The letter number can have at most {count} characters.</translation>
    </message>
    <message>
        <source>This database has no center to send reports for.</source>
        <translation>This database has no center to send reports for.</translation>
    </message>
</context>
<context>
    <name>ReportDispatchDialog</name>
    <message>
        <source>Reports sent to the central office</source>
        <translation>Reports sent to the central office</translation>
    </message>
    <message>
        <source>Fiscal year {year}: tick each report the center has sent to the central office and write the day it was sent (day/month/B.E. year) and the letter number.</source>
        <translation>Fiscal year {year}: tick each report the center has sent to the central office and write the day it was sent (day/month/B.E. year) and the letter number.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>1.2 Summary of the enterprise database</source>
        <translation>1.2 Summary of the enterprise database</translation>
    </message>
    <message>
        <source>1.3 Matching report (enterprises, workforce demand, planned supply)</source>
        <translation>1.3 Matching report (enterprises, workforce demand, planned supply)</translation>
    </message>
    <message>
        <source>e.g. 15/3/2569</source>
        <translation>e.g. 15/3/2569</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>No data has been recorded for this part.</source>
        <translation>No data has been recorded for this part.</translation>
    </message>
    <message>
        <source>A part of the report is too large to fit on a page: the report was not made.</source>
        <translation>A part of the report is too large to fit on a page: the report was not made.</translation>
    </message>
</context>
<context>
    <name>ReportError</name>
    <message>
        <source>Cannot write {path}: the file is open in another program or the folder is read-only. Close the file or choose another folder.</source>
        <translation>Cannot write {path}: the file is open in another program or the folder is read-only. Close the file or choose another folder.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist. Choose another folder.</source>
        <translation>Cannot write {path}: the folder does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>Cannot write {path}: a folder has that name. Choose another name.</source>
        <translation>Cannot write {path}: a folder has that name. Choose another name.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full. Free some space or choose another folder.</source>
        <translation>Cannot write {path}: the disk is full. Free some space or choose another folder.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder.</source>
        <translation>Cannot write {path}: {reason}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>The printer could not be started. Check the printer and try again.</source>
        <translation>The printer could not be started. Check the printer and try again.</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Show the page as wide as the window (Ctrl+1)</source>
        <translation>Show the page as wide as the window (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Actual size (100%)</translation>
    </message>
    <message>
        <source>Show the page at its printed size (Ctrl+0)</source>
        <translation>Show the page at its printed size (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the report as a PDF file (Ctrl+S)</source>
        <translation>Save a copy of the report as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Print the report (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>{title} — preview</source>
        <translation>{title} — preview</translation>
    </message>
    <message>
        <source>The report was cancelled. No file was made.</source>
        <translation>The report was cancelled. No file was made.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Making the report: {title}…</source>
        <translation>Making the report: {title}…</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <source>Page {page} could not be shown.</source>
        <translation>Page {page} could not be shown.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <source>The pages chosen are not in this report.</source>
        <translation>The pages chosen are not in this report.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Printing: {done} of {count} pages sent…</source>
        <translation>Printing: {done} of {count} pages sent…</translation>
    </message>
    <message>
        <source>{count} pages were sent to the printer.</source>
        <translation>{count} pages were sent to the printer.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
</context>
<context>
    <name>ReportPreviewWindow</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportTargets</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Done and recorded</source>
        <translation>Done and recorded</translation>
    </message>
    <message>
        <source>At most {value} percent</source>
        <translation>At most {value} percent</translation>
    </message>
    <message>
        <source>At least {value} percent</source>
        <translation>At least {value} percent</translation>
    </message>
    <message>
        <source>At most {value}</source>
        <translation>At most {value}</translation>
    </message>
    <message>
        <source>At least {value}</source>
        <translation>At least {value}</translation>
    </message>
    <message>
        <source>{goal} (adjusted)</source>
        <translation>{goal} (adjusted)</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} of {total}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>{percent} ({count} of {total})</source>
        <translation>{percent} ({count} of {total})</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status as of {day}.</source>
        <translation>Status as of {day}.</translation>
    </message>
    <message>
        <source>Status as of {day}. In a fiscal year not yet over, a target not yet reached whose value is on pace for the goal is at risk.</source>
        <translation>Status as of {day}. In a fiscal year not yet over, a target not yet reached whose value is on pace for the goal is at risk.</translation>
    </message>
    <message>
        <source>No data: nothing this target counts was recorded for the year, or the program does not hold what the target asks for (check the documents).</source>
        <translation>No data: nothing this target counts was recorded for the year, or the program does not hold what the target asks for (check the documents).</translation>
    </message>
    <message>
        <source>Targets met: {met} of {count}.</source>
        <translation>Targets met: {met} of {count}.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Vocational Manpower Production and Development Network Center (CVM)</source>
        <translation>Vocational Manpower Production and Development Network Center (CVM)</translation>
    </message>
    <message>
        <source>Excellent subject: {subject}</source>
        <translation>Excellent subject: {subject}</translation>
    </message>
    <message>
        <source>Fiscal year B.E. {year} ({first} - {last})</source>
        <translation>Fiscal year B.E. {year} ({first} - {last})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Choose a report, set its options and press Preview (Enter). The report is made for the fiscal year chosen; from its preview you can save it as a PDF file or print it.</source>
        <translation>Choose a report, set its options and press Preview (Enter). The report is made for the fiscal year chosen; from its preview you can save it as a PDF file or print it.</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Reports:</translation>
    </message>
    <message>
        <source>Options of the report chosen:</source>
        <translation>Options of the report chosen:</translation>
    </message>
    <message>
        <source>Lists (teachers, students, enterprises and the others) are printed from their own screens: open the list, set its filters and print it from there.</source>
        <translation>Lists (teachers, students, enterprises and the others) are printed from their own screens: open the list, set its filters and print it from there.</translation>
    </message>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>&amp;Fiscal year (B.E.):</translation>
    </message>
    <message>
        <source>Numbers in &amp;Thai digits (๑ ๒ ๓)</source>
        <translation>Numbers in &amp;Thai digits (๑ ๒ ๓)</translation>
    </message>
    <message>
        <source>Training r&amp;un:</source>
        <translation>Training r&amp;un:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Make the report and show it (Enter)</source>
        <translation>Make the report and show it (Enter)</translation>
    </message>
    <message>
        <source>Reports &amp;sent to the central office…</source>
        <translation>Reports &amp;sent to the central office…</translation>
    </message>
    <message>
        <source>Reading the list of reports…</source>
        <translation>Reading the list of reports…</translation>
    </message>
    <message>
        <source>The list of reports could not be read.</source>
        <translation>The list of reports could not be read.</translation>
    </message>
    <message>
        <source>Choose a report from the list.</source>
        <translation>Choose a report from the list.</translation>
    </message>
    <message>
        <source>The training runs could not be read. Choose the year again to retry.</source>
        <translation>The training runs could not be read. Choose the year again to retry.</translation>
    </message>
    <message>
        <source>Reading the training runs of this fiscal year…</source>
        <translation>Reading the training runs of this fiscal year…</translation>
    </message>
    <message>
        <source>No training run ended in fiscal year {year}.</source>
        <translation>No training run ended in fiscal year {year}.</translation>
    </message>
    <message>
        <source>Certificates are made for everyone who completed the run chosen.</source>
        <translation>Certificates are made for everyone who completed the run chosen.</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>sent on {day}</source>
        <translation>sent on {day}</translation>
    </message>
    <message>
        <source>Fiscal year {year} — 1.2 enterprise database summary: {summary}; 1.3 matching report: {matching}.</source>
        <translation>Fiscal year {year} — 1.2 enterprise database summary: {summary}; 1.3 matching report: {matching}.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>&amp;Fiscal year (B.E.):</translation>
    </message>
    <message>
        <source>The figures could not be read. Choose the year again to retry.</source>
        <translation>The figures could not be read. Choose the year again to retry.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Teachers certified in the year (manual 5.5): {count}</source>
        <translation>Teachers certified in the year (manual 5.5): {count}</translation>
    </message>
    <message>
        <source>No result was assessed in fiscal year {year}.</source>
        <translation>No result was assessed in fiscal year {year}.</translation>
    </message>
    <message>
        <source>Results of fiscal year {year}: {assessed} assessed, {passed} passed</source>
        <translation>Results of fiscal year {year}: {assessed} assessed, {passed} passed</translation>
    </message>
    <message>
        <source>No center recorded</source>
        <translation>No center recorded</translation>
    </message>
    <message>
        <source>{kind} · {person}: {assessed} assessed, {passed} passed</source>
        <translation>{kind} · {person}: {assessed} assessed, {passed} passed</translation>
    </message>
    <message>
        <source>Final-year students certified (manual 6.4): no data</source>
        <translation>Final-year students certified (manual 6.4): no data</translation>
    </message>
    <message>
        <source>Final-year students certified (manual 6.4): {certified} of {total} ({percent})</source>
        <translation>Final-year students certified (manual 6.4): {certified} of {total} ({percent})</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The work could not be finished because of an unexpected error. The details were written to the log file {path}.</source>
        <translation>The work could not be finished because of an unexpected error. The details were written to the log file {path}.</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Safety of placed students</source>
        <translation>Safety of placed students</translation>
    </message>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>&amp;Fiscal year (B.E.):</translation>
    </message>
    <message>
        <source>A visit is &amp;due within (days):</source>
        <translation>A visit is &amp;due within (days):</translation>
    </message>
    <message>
        <source>A placement in progress with no supervision visit done in this many days from its start is listed as overdue.</source>
        <translation>A placement in progress with no supervision visit done in this many days from its start is listed as overdue.</translation>
    </message>
    <message>
        <source>Safety KPI per college</source>
        <translation>Safety KPI per college</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>Visits overdue</translation>
    </message>
    <message>
        <source>Starting within 14 days without safety training</source>
        <translation>Starting within 14 days without safety training</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>Students placed</translation>
    </message>
    <message>
        <source>With an incident</source>
        <translation>With an incident</translation>
    </message>
    <message>
        <source>Share without incident</source>
        <translation>Share without incident</translation>
    </message>
    <message>
        <source>Target 100%</source>
        <translation>Target 100%</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>Days without a visit</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>The figures could not be read. Choose the year again to retry.</source>
        <translation>The figures could not be read. Choose the year again to retry.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Network, fiscal year {year}: no data (nobody was placed).</source>
        <translation>Network, fiscal year {year}: no data (nobody was placed).</translation>
    </message>
    <message>
        <source>Network, fiscal year {year}: {placed} students placed, {incidents} with an incident, {share} without incident (target 100%: {met})</source>
        <translation>Network, fiscal year {year}: {placed} students placed, {incidents} with an incident, {share} without incident (target 100%: {met})</translation>
    </message>
</context>
<context>
    <name>Sar</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Scale (highest score)</source>
        <translation>Scale (highest score)</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <source>{label} must be more than 0 and at most {most}.</source>
        <translation>{label} must be more than 0 and at most {most}.</translation>
    </message>
    <message>
        <source>{label}: at most two decimal places.</source>
        <translation>{label}: at most two decimal places.</translation>
    </message>
    <message>
        <source>{label} must be from 1 to {most}.</source>
        <translation>{label} must be from 1 to {most}.</translation>
    </message>
    <message>
        <source>{label}: some reports already give this indicator a higher score; correct those scores first.</source>
        <translation>{label}: some reports already give this indicator a higher score; correct those scores first.</translation>
    </message>
    <message>
        <source>{label}: another indicator already has this code.</source>
        <translation>{label}: another indicator already has this code.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Fiscal year (B.E.)</source>
        <translation>Fiscal year (B.E.)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>{label}: choose a college of this CVM center&apos;s network.</source>
        <translation>{label}: choose a college of this CVM center&apos;s network.</translation>
    </message>
    <message>
        <source>An indicator of this report was deleted; open the report again.</source>
        <translation>An indicator of this report was deleted; open the report again.</translation>
    </message>
    <message>
        <source>Score of indicator {code}</source>
        <translation>Score of indicator {code}</translation>
    </message>
    <message>
        <source>{label}: write a number.</source>
        <translation>{label}: write a number.</translation>
    </message>
    <message>
        <source>{label} must be from 0 to {most} (the scale of this indicator).</source>
        <translation>{label} must be from 0 to {most} (the scale of this indicator).</translation>
    </message>
    <message>
        <source>{label} must be a Buddhist Era year from {first} to {last}.</source>
        <translation>{label} must be a Buddhist Era year from {first} to {last}.</translation>
    </message>
    <message>
        <source>{label} cannot be a day still to come.</source>
        <translation>{label} cannot be a day still to come.</translation>
    </message>
    <message>
        <source>{label}: this college already has a report for this fiscal year; edit that report instead.</source>
        <translation>{label}: this college already has a report for this fiscal year; edit that report instead.</translation>
    </message>
</context>
<context>
    <name>SarDialog</name>
    <message>
        <source>Enter a self-assessment report</source>
        <translation>Enter a self-assessment report</translation>
    </message>
    <message>
        <source>Edit a self-assessment report</source>
        <translation>Edit a self-assessment report</translation>
    </message>
    <message>
        <source>&amp;College:</source>
        <translation>&amp;College:</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Fiscal year:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>day/month/B.E. year, for example 15/9/2569</source>
        <translation>day/month/B.E. year, for example 15/9/2569</translation>
    </message>
    <message>
        <source>Scores per indicator (leave a box empty when it was not scored)</source>
        <translation>Scores per indicator (leave a box empty when it was not scored)</translation>
    </message>
    <message>
        <source>No indicators yet: add them on the page Indicators and analysis.</source>
        <translation>No indicators yet: add them on the page Indicators and analysis.</translation>
    </message>
    <message>
        <source>{code} {title} (0–{most}):</source>
        <translation>{code} {title} (0–{most}):</translation>
    </message>
    <message>
        <source>Scoring rule:
{rule}</source>
        <translation>Scoring rule:
{rule}</translation>
    </message>
</context>
<context>
    <name>SarPage</name>
    <message>
        <source>Self-assessment reports</source>
        <translation>Self-assessment reports</translation>
    </message>
    <message>
        <source>Delete the self-assessment report of {college} for fiscal year {year} with all its scores?</source>
        <translation>Delete the self-assessment report of {college} for fiscal year {year} with all its scores?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Self-assessment reports (SAR) of the network colleges</source>
        <translation>Self-assessment reports (SAR) of the network colleges</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>&amp;Enter or edit SAR…</source>
        <translation>&amp;Enter or edit SAR…</translation>
    </message>
    <message>
        <source>Enter on a college does the same</source>
        <translation>Enter on a college does the same</translation>
    </message>
    <message>
        <source>&amp;Delete SAR</source>
        <translation>&amp;Delete SAR</translation>
    </message>
    <message>
        <source>Network &amp;colleges</source>
        <translation>Network &amp;colleges</translation>
    </message>
    <message>
        <source>&amp;Missing a SAR</source>
        <translation>&amp;Missing a SAR</translation>
    </message>
    <message>
        <source>The reports could not be read. Choose the year again.</source>
        <translation>The reports could not be read. Choose the year again.</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>Reading the reports…</translation>
    </message>
    <message>
        <source>Received {received} of {colleges} colleges · missing {missing} · {indicators} indicators, total weight {weight}</source>
        <translation>Received {received} of {colleges} colleges · missing {missing} · {indicators} indicators, total weight {weight}</translation>
    </message>
</context>
<context>
    <name>SarPages</name>
    <message>
        <source>no data last year</source>
        <translation>no data last year</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>not received</translation>
    </message>
    <message>
        <source>{total} of {most}</source>
        <translation>{total} of {most}</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>SAR received on</source>
        <translation>SAR received on</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Weighted total</translation>
    </message>
    <message>
        <source>Indicators scored</source>
        <translation>Indicators scored</translation>
    </message>
    <message>
        <source>College still missing a SAR</source>
        <translation>College still missing a SAR</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Scores recorded</source>
        <translation>Scores recorded</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <source>SARs</source>
        <translation>SARs</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>Mean of the scale</source>
        <translation>Mean of the scale</translation>
    </message>
    <message>
        <source>Mean last year</source>
        <translation>Mean last year</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>The last three fiscal years</source>
        <translation>The last three fiscal years</translation>
    </message>
    <message>
        <source>Per network college, fiscal year {year}</source>
        <translation>Per network college, fiscal year {year}</translation>
    </message>
    <message>
        <source>Key results — {fiscal_year}</source>
        <translation>Key results — {fiscal_year}</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Key results</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Whole network</translation>
    </message>
    <message>
        <source>&amp;Adjust targets…</source>
        <translation>&amp;Adjust targets…</translation>
    </message>
    <message>
        <source>Change the targets of this fiscal year</source>
        <translation>Change the targets of this fiscal year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Select a target to see its charts; press Enter to show its records.</source>
        <translation>Select a target to see its charts; press Enter to show its records.</translation>
    </message>
    <message>
        <source>The scorecard could not be computed. Choose the year again to retry.</source>
        <translation>The scorecard could not be computed. Choose the year again to retry.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Targets met: {met} of {count}</source>
        <translation>Targets met: {met} of {count}</translation>
    </message>
    <message>
        <source>Area {code}: {title}</source>
        <translation>Area {code}: {title}</translation>
    </message>
    <message>
        <source>{activity} {title}</source>
        <translation>{activity} {title}</translation>
    </message>
    <message>
        <source>The target was adjusted for this fiscal year.</source>
        <translation>The target was adjusted for this fiscal year.</translation>
    </message>
    <message>
        <source>Show records</source>
        <translation>Show records</translation>
    </message>
    <message>
        <source>Open the records behind this figure</source>
        <translation>Open the records behind this figure</translation>
    </message>
    <message>
        <source>{met} of {count} met</source>
        <translation>{met} of {count} met</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{value_of_total} counted</source>
        <translation>{value_of_total} counted</translation>
    </message>
    <message>
        <source>record exists</source>
        <translation>record exists</translation>
    </message>
    <message>
        <source>{goal} (adjusted)</source>
        <translation>{goal} (adjusted)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Select a target to see its charts.</source>
        <translation>Select a target to see its charts.</translation>
    </message>
    <message>
        <source>Charts: {target}</source>
        <translation>Charts: {target}</translation>
    </message>
    <message>
        <source>The charts could not be drawn.</source>
        <translation>The charts could not be drawn.</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Drawing the charts…</translation>
    </message>
    <message>
        <source>This target belongs to the center as a whole: no value per college.</source>
        <translation>This target belongs to the center as a whole: no value per college.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
</context>
<context>
    <name>ShortCoursesPage</name>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Short course</source>
        <translation>Short course</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Final-year students</source>
        <translation>Final-year students</translation>
    </message>
    <message>
        <source>20-trainee target</source>
        <translation>20-trainee target</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Runs meeting the target</source>
        <translation>Runs meeting the target</translation>
    </message>
    <message>
        <source>Short courses</source>
        <translation>Short courses</translation>
    </message>
    <message>
        <source>&amp;Courses, runs and trainees</source>
        <translation>&amp;Courses, runs and trainees</translation>
    </message>
    <message>
        <source>&amp;20-trainee target</source>
        <translation>&amp;20-trainee target</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>&amp;Runs starting in the fiscal year</source>
        <translation>&amp;Runs starting in the fiscal year</translation>
    </message>
    <message>
        <source>Co&amp;urses</source>
        <translation>Co&amp;urses</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Target: at least 20 trainees a run. Runs: {runs}; target met: {met}; not met: {not_met}. Trainees: {trainees}; completed: {completed}. Students of Vocational Certificate year 3 / Higher Vocational Certificate year 2 trained: {students}.</source>
        <translation>Target: at least 20 trainees a run. Runs: {runs}; target met: {met}; not met: {not_met}. Trainees: {trainees}; completed: {completed}. Students of Vocational Certificate year 3 / Higher Vocational Certificate year 2 trained: {students}.</translation>
    </message>
</context>
<context>
    <name>SiteSetup</name>
    <message>
        <source>Center number {line} is not in the list of 1 to {count} centers.</source>
        <translation>Center number {line} is not in the list of 1 to {count} centers.</translation>
    </message>
    <message>
        <source>Enter the name of the college.</source>
        <translation>Enter the name of the college.</translation>
    </message>
</context>
<context>
    <name>SiteTrust</name>
    <message>
        <source>This file is not a site key file of CVM Director (.cvmkey). Ask the other site to export its public key and send you that file.</source>
        <translation>This file is not a site key file of CVM Director (.cvmkey). Ask the other site to export its public key and send you that file.</translation>
    </message>
    <message>
        <source>The key file is damaged or was changed after it was exported. Ask the other site to export its public key again and send you the new file.</source>
        <translation>The key file is damaged or was changed after it was exported. Ask the other site to export its public key again and send you the new file.</translation>
    </message>
    <message>
        <source>The key file was made by a newer version of CVM Director. Update the program on this computer, then enrol the key again.</source>
        <translation>The key file was made by a newer version of CVM Director. Update the program on this computer, then enrol the key again.</translation>
    </message>
    <message>
        <source>This database is not set up as a site yet, so it has no key to exchange. Set up this installation first.</source>
        <translation>This database is not set up as a site yet, so it has no key to exchange. Set up this installation first.</translation>
    </message>
    <message>
        <source>The key file could not be read. Check that the file is there and that you may open it.</source>
        <translation>The key file could not be read. Check that the file is there and that you may open it.</translation>
    </message>
    <message>
        <source>The key file could not be written. Choose a folder where you may save files and try again.</source>
        <translation>The key file could not be written. Choose a folder where you may save files and try again.</translation>
    </message>
    <message>
        <source>A college station exchanges packages with its own CVM center only. Enrol the key of the center of this network.</source>
        <translation>A college station exchanges packages with its own CVM center only. Enrol the key of the center of this network.</translation>
    </message>
    <message>
        <source>This key belongs to the office of another CVM center. A college station enrols the key of its own center only.</source>
        <translation>This key belongs to the office of another CVM center. A college station enrols the key of its own center only.</translation>
    </message>
    <message>
        <source>Centers do not exchange packages with each other. Enrol the key of a college station of this network or of the central office.</source>
        <translation>Centers do not exchange packages with each other. Enrol the key of a college station of this network or of the central office.</translation>
    </message>
    <message>
        <source>This college station belongs to the network of another CVM center. Enrol only the college stations of this center&apos;s network.</source>
        <translation>This college station belongs to the network of another CVM center. Enrol only the college stations of this center&apos;s network.</translation>
    </message>
    <message>
        <source>The central office enrols the keys of CVM centers only; college stations send their data through their center.</source>
        <translation>The central office enrols the keys of CVM centers only; college stations send their data through their center.</translation>
    </message>
    <message>
        <source>This key names a center that is not in the list of CVM centers. Ask the center to export its public key again.</source>
        <translation>This key names a center that is not in the list of CVM centers. Ask the center to export its public key again.</translation>
    </message>
    <message>
        <source>This is the key of this site itself. Enrol the key of the other site: ask it to export its public key and send you the file.</source>
        <translation>This is the key of this site itself. Enrol the key of the other site: ask it to export its public key and send you the file.</translation>
    </message>
    <message>
        <source>The key of this site was revoked, and a revoked site stays revoked. Ask the site to set up a new installation, which makes a new identity and key, and enrol that key.</source>
        <translation>The key of this site was revoked, and a revoked site stays revoked. Ask the site to set up a new installation, which makes a new identity and key, and enrol that key.</translation>
    </message>
    <message>
        <source>This key is already trusted; nothing was changed.</source>
        <translation>This key is already trusted; nothing was changed.</translation>
    </message>
    <message>
        <source>A different key is already enrolled for this site, and a key is never replaced. Call the site to find out why its key changed. If its key was lost or stolen, revoke it here and ask the site to set up a new installation, then enrol the new key.</source>
        <translation>A different key is already enrolled for this site, and a key is never replaced. Call the site to find out why its key changed. If its key was lost or stolen, revoke it here and ask the site to set up a new installation, then enrol the new key.</translation>
    </message>
    <message>
        <source>This key is already enrolled for another site. The file may have been copied or changed: ask the other site to export its public key again.</source>
        <translation>This key is already enrolled for another site. The file may have been copied or changed: ask the other site to export its public key again.</translation>
    </message>
    <message>
        <source>Enter a name for the site.</source>
        <translation>Enter a name for the site.</translation>
    </message>
    <message>
        <source>The site name is too long: at most {count} characters.</source>
        <translation>The site name is too long: at most {count} characters.</translation>
    </message>
    <message>
        <source>No enrolled site has this identifier. Check it against the list of enrolled sites.</source>
        <translation>No enrolled site has this identifier. Check it against the list of enrolled sites.</translation>
    </message>
    <message>
        <source>The key of this site itself cannot be revoked.</source>
        <translation>The key of this site itself cannot be revoked.</translation>
    </message>
    <message>
        <source>The key of this site is already revoked; nothing was changed.</source>
        <translation>The key of this site is already revoked; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Sites and keys</source>
        <translation>Sites and keys</translation>
    </message>
    <message>
        <source>Packages travel only between sites that trust each other&apos;s keys. Send your public key file to the other site, then read your key fingerprint out to them over the phone; enrol their key the same way.</source>
        <translation>Packages travel only between sites that trust each other&apos;s keys. Send your public key file to the other site, then read your key fingerprint out to them over the phone; enrol their key the same way.</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Site name:</translation>
    </message>
    <message>
        <source>Kind of site:</source>
        <translation>Kind of site:</translation>
    </message>
    <message>
        <source>Site identifier:</source>
        <translation>Site identifier:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copy the fingerprint</translation>
    </message>
    <message>
        <source>Export my public key…</source>
        <translation>Export my public key…</translation>
    </message>
    <message>
        <source>Enrolled sites</source>
        <translation>Enrolled sites</translation>
    </message>
    <message>
        <source>A revoked key stays revoked: packages signed with it are refused. Choose a site and press Delete to revoke its key.</source>
        <translation>A revoked key stays revoked: packages signed with it are refused. Choose a site and press Delete to revoke its key.</translation>
    </message>
    <message>
        <source>Enrol a key…</source>
        <translation>Enrol a key…</translation>
    </message>
    <message>
        <source>Revoke (Del)…</source>
        <translation>Revoke (Del)…</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <source>No other site is enrolled yet. To add one, choose Enrol a key.</source>
        <translation>No other site is enrolled yet. To add one, choose Enrol a key.</translation>
    </message>
    <message>
        <source>Export this site&apos;s public key</source>
        <translation>Export this site&apos;s public key</translation>
    </message>
    <message>
        <source>CVM site keys (*.cvmkey)</source>
        <translation>CVM site keys (*.cvmkey)</translation>
    </message>
    <message>
        <source>Saved {name}. Send the file to the other site, then read this fingerprint out to them over the phone: {fingerprint}</source>
        <translation>Saved {name}. Send the file to the other site, then read this fingerprint out to them over the phone: {fingerprint}</translation>
    </message>
    <message>
        <source>Enrol the key of another site</source>
        <translation>Enrol the key of another site</translation>
    </message>
    <message>
        <source>The key of {name} is enrolled.</source>
        <translation>The key of {name} is enrolled.</translation>
    </message>
    <message>
        <source>Revoke the key of {name}? Packages from this site will be refused from now on, and a revoked site stays revoked: to exchange packages again, it must set up a new installation and you must enrol its new key.</source>
        <translation>Revoke the key of {name}? Packages from this site will be refused from now on, and a revoked site stays revoked: to exchange packages again, it must set up a new installation and you must enrol its new key.</translation>
    </message>
    <message>
        <source>Revoke the key</source>
        <translation>Revoke the key</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>This installation is the station of one college: it records that college&apos;s own data only. Records of the center or of other colleges are kept at the center.</source>
        <translation>This installation is the station of one college: it records that college&apos;s own data only. Records of the center or of other colleges are kept at the center.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>The database file {path} does not exist.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation>The database {path} is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. Restore it from a backup copy.</source>
        <translation>The database {path} is damaged and cannot be opened. Restore it from a backup copy.</translation>
    </message>
    <message>
        <source>The file {path} is not a CVM Director database.</source>
        <translation>The file {path} is not a CVM Director database.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of CVM Director. Install the newer version to open it.</source>
        <translation>The database {path} was made by a newer version of CVM Director. Install the newer version to open it.</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Safety training and orientation: choose a student in the list above to see their records.</source>
        <translation>Safety training and orientation: choose a student in the list above to see their records.</translation>
    </message>
    <message>
        <source>The student&apos;s records could not be checked.</source>
        <translation>The student&apos;s records could not be checked.</translation>
    </message>
    <message>
        <source>Checking the student&apos;s safety records…</source>
        <translation>Checking the student&apos;s safety records…</translation>
    </message>
    <message>
        <source>Before a placement: ready (safety training and orientation are recorded).</source>
        <translation>Before a placement: ready (safety training and orientation are recorded).</translation>
    </message>
    <message>
        <source>Before a placement may start: safety training and orientation missing.</source>
        <translation>Before a placement may start: safety training and orientation missing.</translation>
    </message>
    <message>
        <source>Before a placement may start: safety training missing.</source>
        <translation>Before a placement may start: safety training missing.</translation>
    </message>
    <message>
        <source>Before a placement may start: orientation missing.</source>
        <translation>Before a placement may start: orientation missing.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>This conflict was already settled or no longer exists. Refresh the list.</source>
        <translation>This conflict was already settled or no longer exists. Refresh the list.</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>another site</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer in the database.</source>
        <translation>The record of this conflict is no longer in the database.</translation>
    </message>
    <message>
        <source>Record {code}</source>
        <translation>Record {code}</translation>
    </message>
    <message>
        <source>{record}, {detail}</source>
        <translation>{record}, {detail}</translation>
    </message>
    <message>
        <source>(a record not held here)</source>
        <translation>(a record not held here)</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>Fiscal year {year}</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Activity code</source>
        <translation>Activity code</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>Budget (baht)</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <source>Trainee category</source>
        <translation>Trainee category</translation>
    </message>
    <message>
        <source>CVM center</source>
        <translation>CVM center</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Workforce demand</source>
        <translation>Workforce demand</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Established in fiscal year</source>
        <translation>Established in fiscal year</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Expected graduates</source>
        <translation>Expected graduates</translation>
    </message>
    <message>
        <source>First fiscal year</source>
        <translation>First fiscal year</translation>
    </message>
    <message>
        <source>Last fiscal year</source>
        <translation>Last fiscal year</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Project of the five-year plan</source>
        <translation>Project of the five-year plan</translation>
    </message>
    <message>
        <source>Host college</source>
        <translation>Host college</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Highest score</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>Name (Thai)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Partner enterprise</source>
        <translation>Partner enterprise</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Planned intake</source>
        <translation>Planned intake</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Responsible college</source>
        <translation>Responsible college</translation>
    </message>
    <message>
        <source>Course run</source>
        <translation>Course run</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Self-assessment report</source>
        <translation>Self-assessment report</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Center number</source>
        <translation>Center number</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>Excellent subject</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Skill track</source>
        <translation>Skill track</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>CVM center</source>
        <translation>CVM center</translation>
    </message>
    <message>
        <source>Network college station</source>
        <translation>Network college station</translation>
    </message>
    <message>
        <source>Central office (OVEC)</source>
        <translation>Central office (OVEC)</translation>
    </message>
    <message>
        <source>Full data</source>
        <translation>Full data</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>Pseudonymised</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>Counts only</translation>
    </message>
    <message>
        <source>Every record as it is recorded here, names and national id numbers included.</source>
        <translation>Every record as it is recorded here, names and national id numbers included.</translation>
    </message>
    <message>
        <source>Names and national id numbers are replaced by codes; phone numbers and sensitive data are left out. Enough for the central office&apos;s reports.</source>
        <translation>Names and national id numbers are replaced by codes; phone numbers and sensitive data are left out. Enough for the central office&apos;s reports.</translation>
    </message>
    <message>
        <source>Only the number of records per table and college; no record about a person leaves this computer.</source>
        <translation>Only the number of records per table and college; no record about a person leaves this computer.</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Local changes not sent yet</source>
        <translation>Local changes not sent yet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>In conflict: waiting for review</source>
        <translation>In conflict: waiting for review</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Excellent subjects</source>
        <translation>Excellent subjects</translation>
    </message>
    <message>
        <source>CVM centers</source>
        <translation>CVM centers</translation>
    </message>
    <message>
        <source>Network colleges</source>
        <translation>Network colleges</translation>
    </message>
    <message>
        <source>Units of competency</source>
        <translation>Units of competency</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Agreements (MOU/MOA)</source>
        <translation>Agreements (MOU/MOA)</translation>
    </message>
    <message>
        <source>Certification and test centers</source>
        <translation>Certification and test centers</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Curricula</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Knowledge-bank components</source>
        <translation>Knowledge-bank components</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Development plans and annual action plans</source>
        <translation>Development plans and annual action plans</translation>
    </message>
    <message>
        <source>Policy recommendations</source>
        <translation>Policy recommendations</translation>
    </message>
    <message>
        <source>Reports sent to the central office</source>
        <translation>Reports sent to the central office</translation>
    </message>
    <message>
        <source>Short courses</source>
        <translation>Short courses</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Planned intake and graduates</source>
        <translation>Planned intake and graduates</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Teacher-training curricula</source>
        <translation>Teacher-training curricula</translation>
    </message>
    <message>
        <source>Workforce demand</source>
        <translation>Workforce demand</translation>
    </message>
    <message>
        <source>Assessment rounds of certification and test centers</source>
        <translation>Assessment rounds of certification and test centers</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Curriculum courses and their units of competency</source>
        <translation>Curriculum courses and their units of competency</translation>
    </message>
    <message>
        <source>Teaching-media contest entries</source>
        <translation>Teaching-media contest entries</translation>
    </message>
    <message>
        <source>Placement seats offered by enterprises</source>
        <translation>Placement seats offered by enterprises</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Safety training and rights orientation</source>
        <translation>Safety training and rights orientation</translation>
    </message>
    <message>
        <source>Self-assessment reports (SAR)</source>
        <translation>Self-assessment reports (SAR)</translation>
    </message>
    <message>
        <source>Short-course runs</source>
        <translation>Short-course runs</translation>
    </message>
    <message>
        <source>Teacher skill gaps</source>
        <translation>Teacher skill gaps</translation>
    </message>
    <message>
        <source>Teacher internships</source>
        <translation>Teacher internships</translation>
    </message>
    <message>
        <source>Teacher-training runs</source>
        <translation>Teacher-training runs</translation>
    </message>
    <message>
        <source>Daily logs of teacher internships</source>
        <translation>Daily logs of teacher internships</translation>
    </message>
    <message>
        <source>Teacher-training enrolments</source>
        <translation>Teacher-training enrolments</translation>
    </message>
    <message>
        <source>Indicator scores</source>
        <translation>Indicator scores</translation>
    </message>
    <message>
        <source>Supervision visits of teacher internships</source>
        <translation>Supervision visits of teacher internships</translation>
    </message>
    <message>
        <source>Student placements</source>
        <translation>Student placements</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>Plan activities</translation>
    </message>
    <message>
        <source>Occupational certification results</source>
        <translation>Occupational certification results</translation>
    </message>
    <message>
        <source>Incidents and complaints</source>
        <translation>Incidents and complaints</translation>
    </message>
    <message>
        <source>Short-course trainees</source>
        <translation>Short-course trainees</translation>
    </message>
    <message>
        <source>Supervision visits of student placements</source>
        <translation>Supervision visits of student placements</translation>
    </message>
    <message>
        <source>College groups</source>
        <translation>College groups</translation>
    </message>
    <message>
        <source>Name titles</source>
        <translation>Name titles</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <source>Study levels</source>
        <translation>Study levels</translation>
    </message>
    <message>
        <source>Modes of study</source>
        <translation>Modes of study</translation>
    </message>
    <message>
        <source>Sites (installations)</source>
        <translation>Sites (installations)</translation>
    </message>
    <message>
        <source>Packages sent and received</source>
        <translation>Packages sent and received</translation>
    </message>
    <message>
        <source>Conflicts kept for review</source>
        <translation>Conflicts kept for review</translation>
    </message>
    <message>
        <source>Counts sent by centers</source>
        <translation>Counts sent by centers</translation>
    </message>
</context>
<context>
    <name>TeacherWatchPanel</name>
    <message>
        <source>Teachers and certification watch</source>
        <translation>Teachers and certification watch</translation>
    </message>
    <message>
        <source>Show all overdue reports</source>
        <translation>Show all overdue reports</translation>
    </message>
    <message>
        <source>Show all centers to renew</source>
        <translation>Show all centers to renew</translation>
    </message>
    <message>
        <source>The reports and centers could not be checked.</source>
        <translation>The reports and centers could not be checked.</translation>
    </message>
    <message>
        <source>Checking the reports and the test centers…</source>
        <translation>Checking the reports and the test centers…</translation>
    </message>
    <message>
        <source>Teacher-internship reports overdue</source>
        <translation>Teacher-internship reports overdue</translation>
    </message>
    <message>
        <source>Test centers whose validity ends within 90 days</source>
        <translation>Test centers whose validity ends within 90 days</translation>
    </message>
    <message>
        <source>Teacher-internship reports overdue: {count} · received late this fiscal year: {late}</source>
        <translation>Teacher-internship reports overdue: {count} · received late this fiscal year: {late}</translation>
    </message>
    <message>
        <source>Test centers whose validity ends within 90 days or has ended: {count}</source>
        <translation>Test centers whose validity ends within 90 days or has ended: {count}</translation>
    </message>
    <message>
        <source>Every report due so far has come in (within 15 days of the end).</source>
        <translation>Every report due so far has come in (within 15 days of the end).</translation>
    </message>
    <message>
        <source>No accredited center&apos;s validity ends within 90 days.</source>
        <translation>No accredited center&apos;s validity ends within 90 days.</translation>
    </message>
    <message>
        <source>{kind}: met</source>
        <translation>{kind}: met</translation>
    </message>
    <message>
        <source>{kind}: not met</source>
        <translation>{kind}: not met</translation>
    </message>
    <message>
        <source>Accredited test centers in the network (4.1-4.3): {kinds}</source>
        <translation>Accredited test centers in the network (4.1-4.3): {kinds}</translation>
    </message>
    <message>
        <source>{teacher} – {enterprise}</source>
        <translation>{teacher} – {enterprise}</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <source>ended {days} days ago</source>
        <translation>ended {days} days ago</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>{days} days left</translation>
    </message>
</context>
<context>
    <name>TeachersReport</name>
    <message>
        <source>Teacher development report</source>
        <translation>Teacher development report</translation>
    </message>
    <message>
        <source>Activities 5.1-5.5: skill gaps and the development plan, training curricula, teachers trained, internships in enterprises with late reports, and teachers certified.</source>
        <translation>Activities 5.1-5.5: skill gaps and the development plan, training curricula, teachers trained, internships in enterprises with late reports, and teachers certified.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Teacher and college</source>
        <translation>Teacher and college</translation>
    </message>
    <message>
        <source>5.1 Skill-gap survey and the teacher development plan</source>
        <translation>5.1 Skill-gap survey and the teacher development plan</translation>
    </message>
    <message>
        <source>No network teacher has been recorded.</source>
        <translation>No network teacher has been recorded.</translation>
    </message>
    <message>
        <source>The network has {teachers} teachers of the subject.</source>
        <translation>The network has {teachers} teachers of the subject.</translation>
    </message>
    <message>
        <source>No skill gap has been recorded for this year.</source>
        <translation>No skill gap has been recorded for this year.</translation>
    </message>
    <message>
        <source>{with_gap} of the network&apos;s {teachers} teachers ({percent}) have their skill gaps recorded for the year; they need {competencies} competencies.</source>
        <translation>{with_gap} of the network&apos;s {teachers} teachers ({percent}) have their skill gaps recorded for the year; they need {competencies} competencies.</translation>
    </message>
    <message>
        <source>5.1.1 Competencies to develop</source>
        <translation>5.1.1 Competencies to develop</translation>
    </message>
    <message>
        <source>No curriculum yet</source>
        <translation>No curriculum yet</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Teachers (people)</source>
        <translation>Teachers (people)</translation>
    </message>
    <message>
        <source>Training curricula that cover it</source>
        <translation>Training curricula that cover it</translation>
    </message>
    <message>
        <source>Enrolled this year (people)</source>
        <translation>Enrolled this year (people)</translation>
    </message>
    <message>
        <source>5.1.2 Teachers with a skill gap by college</source>
        <translation>5.1.2 Teachers with a skill gap by college</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>With a skill gap (people)</source>
        <translation>With a skill gap (people)</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>5.2 Teacher-training curricula</source>
        <translation>5.2 Teacher-training curricula</translation>
    </message>
    <message>
        <source>No teacher-training curriculum has been recorded.</source>
        <translation>No teacher-training curriculum has been recorded.</translation>
    </message>
    <message>
        <source>The center has {count} teacher-training curricula, {wbl} of them on work-based learning.</source>
        <translation>The center has {count} teacher-training curricula, {wbl} of them on work-based learning.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Partner enterprise</source>
        <translation>Partner enterprise</translation>
    </message>
    <message>
        <source>WBL</source>
        <translation>WBL</translation>
    </message>
    <message>
        <source>5.2.1 Training runs held in the year</source>
        <translation>5.2.1 Training runs held in the year</translation>
    </message>
    <message>
        <source>No teacher-training run started in this year.</source>
        <translation>No teacher-training run started in this year.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>{first} - {last}</source>
        <translation>{first} - {last}</translation>
    </message>
    <message>
        <source>5.3 Teachers trained in the year</source>
        <translation>5.3 Teachers trained in the year</translation>
    </message>
    <message>
        <source>No teacher completed a training run that started in this year.</source>
        <translation>No teacher completed a training run that started in this year.</translation>
    </message>
    <message>
        <source>{count} teachers completed a training run that started in the year (a teacher who completed several runs counts once).</source>
        <translation>{count} teachers completed a training run that started in the year (a teacher who completed several runs counts once).</translation>
    </message>
    <message>
        <source>5.3.1 By college group</source>
        <translation>5.3.1 By college group</translation>
    </message>
    <message>
        <source>College group</source>
        <translation>College group</translation>
    </message>
    <message>
        <source>Teachers trained (people)</source>
        <translation>Teachers trained (people)</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Trained in the year</source>
        <translation>Trained in the year</translation>
    </message>
    <message>
        <source>Figure 1 Teachers and teachers trained in the year, by college group</source>
        <translation>Figure 1 Teachers and teachers trained in the year, by college group</translation>
    </message>
    <message>
        <source>5.3.2 By curriculum</source>
        <translation>5.3.2 By curriculum</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>5.3.3 By college</source>
        <translation>5.3.3 By college</translation>
    </message>
    <message>
        <source>Trained (people)</source>
        <translation>Trained (people)</translation>
    </message>
    <message>
        <source>5.4 Teacher internships in enterprises</source>
        <translation>5.4 Teacher internships in enterprises</translation>
    </message>
    <message>
        <source>No teacher internship ended in this year.</source>
        <translation>No teacher internship ended in this year.</translation>
    </message>
    <message>
        <source>Internships that ended in the year</source>
        <translation>Internships that ended in the year</translation>
    </message>
    <message>
        <source>Final reports received within 15 days</source>
        <translation>Final reports received within 15 days</translation>
    </message>
    <message>
        <source>Final reports received late</source>
        <translation>Final reports received late</translation>
    </message>
    <message>
        <source>Final reports overdue (not received)</source>
        <translation>Final reports overdue (not received)</translation>
    </message>
    <message>
        <source>Final reports not yet due</source>
        <translation>Final reports not yet due</translation>
    </message>
    <message>
        <source>Internships without an incident</source>
        <translation>Internships without an incident</translation>
    </message>
    <message>
        <source>{count} of {total} ({percent})</source>
        <translation>{count} of {total} ({percent})</translation>
    </message>
    <message>
        <source>5.4.1 Internships that ended in the year</source>
        <translation>5.4.1 Internships that ended in the year</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Final report</translation>
    </message>
    <message>
        <source>5.4.2 Final reports received late or overdue</source>
        <translation>5.4.2 Final reports received late or overdue</translation>
    </message>
    <message>
        <source>The final report is due within 15 days after the internship ends. Overdue reports are counted as of {day}.</source>
        <translation>The final report is due within 15 days after the internship ends. Overdue reports are counted as of {day}.</translation>
    </message>
    <message>
        <source>No final report was due, as no internship ended in this year.</source>
        <translation>No final report was due, as no internship ended in this year.</translation>
    </message>
    <message>
        <source>Every final report due so far came within 15 days after the internship ended.</source>
        <translation>Every final report due so far came within 15 days after the internship ended.</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>5.4.3 Incidents during the internships</source>
        <translation>5.4.3 Incidents during the internships</translation>
    </message>
    <message>
        <source>No incident during a teacher internship was recorded.</source>
        <translation>No incident during a teacher internship was recorded.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>5.5 Occupational-standard certification of teachers</source>
        <translation>5.5 Occupational-standard certification of teachers</translation>
    </message>
    <message>
        <source>No teacher was assessed against an occupational standard.</source>
        <translation>No teacher was assessed against an occupational standard.</translation>
    </message>
    <message>
        <source>{assessed} teachers were assessed against an occupational standard in the year; {certified} of them were certified.</source>
        <translation>{assessed} teachers were assessed against an occupational standard in the year; {certified} of them were certified.</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>5.5.1 Teachers certified by standard</source>
        <translation>5.5.1 Teachers certified by standard</translation>
    </message>
    <message>
        <source>Occupational standard</source>
        <translation>Occupational standard</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>Certified by</translation>
    </message>
    <message>
        <source>5.5.2 Teachers certified in the year</source>
        <translation>5.5.2 Teachers certified in the year</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Teachers of the network (people)</source>
        <translation>Teachers of the network (people)</translation>
    </message>
    <message>
        <source>Teachers with a skill gap recorded for the year (people)</source>
        <translation>Teachers with a skill gap recorded for the year (people)</translation>
    </message>
    <message>
        <source>Teacher-training curricula (curricula)</source>
        <translation>Teacher-training curricula (curricula)</translation>
    </message>
    <message>
        <source>Training runs that started in the year (runs)</source>
        <translation>Training runs that started in the year (runs)</translation>
    </message>
    <message>
        <source>Teachers trained in the year (people)</source>
        <translation>Teachers trained in the year (people)</translation>
    </message>
    <message>
        <source>Teacher internships that ended in the year</source>
        <translation>Teacher internships that ended in the year</translation>
    </message>
    <message>
        <source>Teachers certified in the year (people)</source>
        <translation>Teachers certified in the year (people)</translation>
    </message>
    <message>
        <source>Targets of activities 5.1 to 5.5</source>
        <translation>Targets of activities 5.1 to 5.5</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>Fiscal year {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} of {total}</translation>
    </message>
    <message>
        <source>CVM center</source>
        <translation>CVM center</translation>
    </message>
    <message>
        <source>Network college station</source>
        <translation>Network college station</translation>
    </message>
    <message>
        <source>Central office (OVEC)</source>
        <translation>Central office (OVEC)</translation>
    </message>
    <message>
        <source>CVM center: {subject}</source>
        <translation>CVM center: {subject}</translation>
    </message>
    <message>
        <source>Office of the Vocational Education Commission (central office)</source>
        <translation>Office of the Vocational Education Commission (central office)</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>College group</source>
        <translation>College group</translation>
    </message>
    <message>
        <source>Teachers trained</source>
        <translation>Teachers trained</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>Teacher training</translation>
    </message>
    <message>
        <source>Number the certificates of the chosen run</source>
        <translation>Number the certificates of the chosen run</translation>
    </message>
    <message>
        <source>Gives every teacher of the chosen run who completed it and has no certificate number the next number: B.E. year/run/sequence.</source>
        <translation>Gives every teacher of the chosen run who completed it and has no certificate number the next number: B.E. year/run/sequence.</translation>
    </message>
    <message>
        <source>Teachers trained by college group</source>
        <translation>Teachers trained by college group</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>Certificates numbered: {count}.</source>
        <translation>Certificates numbered: {count}.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Enrol the key of another site</source>
        <translation>Enrol the key of another site</translation>
    </message>
    <message>
        <source>Call the person at this site and ask them to read out the key fingerprint on their Sites and keys screen. Compare all eight groups: enrol the key only if every group matches. If any group differs, do not enrol it: the file may have been changed on its way.</source>
        <translation>Call the person at this site and ask them to read out the key fingerprint on their Sites and keys screen. Compare all eight groups: enrol the key only if every group matches. If any group differs, do not enrol it: the file may have been changed on its way.</translation>
    </message>
    <message>
        <source>&amp;Name of the site:</source>
        <translation>&amp;Name of the site:</translation>
    </message>
    <message>
        <source>Kind of site:</source>
        <translation>Kind of site:</translation>
    </message>
    <message>
        <source>Site identifier:</source>
        <translation>Site identifier:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>&amp;Every group matches the fingerprint the site read out to me</source>
        <translation>&amp;Every group matches the fingerprint the site read out to me</translation>
    </message>
    <message>
        <source>Enrol the key</source>
        <translation>Enrol the key</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label}: this is not a date; write day/month/year, for example 1/10/2568</source>
        <translation>{label}: this is not a date; write day/month/year, for example 1/10/2568</translation>
    </message>
    <message>
        <source>{label} is not a real calendar date: check the day and the month</source>
        <translation>{label} is not a real calendar date: check the day and the month</translation>
    </message>
    <message>
        <source>{label}: the month name is not recognised</source>
        <translation>{label}: the month name is not recognised</translation>
    </message>
    <message>
        <source>{label} must contain digits only</source>
        <translation>{label} must contain digits only</translation>
    </message>
    <message>
        <source>{label} must have 13 digits, but {count} were given</source>
        <translation>{label} must have 13 digits, but {count} were given</translation>
    </message>
    <message>
        <source>{label} is not valid: the check digit does not match</source>
        <translation>{label} is not valid: the check digit does not match</translation>
    </message>
    <message>
        <source>{label} is not a valid phone number, for example 081 234 5678</source>
        <translation>{label} is not a valid phone number, for example 081 234 5678</translation>
    </message>
    <message>
        <source>{label} must be a Thai phone number</source>
        <translation>{label} must be a Thai phone number</translation>
    </message>
    <message>
        <source>{label}: no Thai province has this name</source>
        <translation>{label}: no Thai province has this name</translation>
    </message>
    <message>
        <source>{label}: this name title is not in the list</source>
        <translation>{label}: this name title is not in the list</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} is required</translation>
    </message>
</context>
<context>
    <name>WblPage</name>
    <message>
        <source>Work-based learning</source>
        <translation>Work-based learning</translation>
    </message>
    <message>
        <source>Work-based learning (manual 6.1)</source>
        <translation>Work-based learning (manual 6.1)</translation>
    </message>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>&amp;Fiscal year (B.E.):</translation>
    </message>
    <message>
        <source>The figures could not be read. Choose the year again to retry.</source>
        <translation>The figures could not be read. Choose the year again to retry.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Trainee list for certificates of WBL training: {count} entries</source>
        <translation>Trainee list for certificates of WBL training: {count} entries</translation>
    </message>
    <message>
        <source>{group} {count}</source>
        <translation>{group} {count}</translation>
    </message>
    <message>
        <source>Teachers trained in work-based learning: {total} ({groups})</source>
        <translation>Teachers trained in work-based learning: {total} ({groups})</translation>
    </message>
    <message>
        <source>Work-based learning placements starting in the year: none</source>
        <translation>Work-based learning placements starting in the year: none</translation>
    </message>
    <message>
        <source>{college} {count}</source>
        <translation>{college} {count}</translation>
    </message>
    <message>
        <source>{count} more colleges</source>
        <translation>{count} more colleges</translation>
    </message>
    <message>
        <source>Work-based learning placements starting in the year: {total} ({colleges})</source>
        <translation>Work-based learning placements starting in the year: {total} ({colleges})</translation>
    </message>
    <message>
        <source>Teaching-media contest entries: none in this year</source>
        <translation>Teaching-media contest entries: none in this year</translation>
    </message>
    <message>
        <source>Teaching-media contest entries: {entries}, with a result: {results}</source>
        <translation>Teaching-media contest entries: {entries}, with a result: {results}</translation>
    </message>
    <message>
        <source>{contest}: {entries} entries, {results} with a result</source>
        <translation>{contest}: {entries} entries, {results} with a result</translation>
    </message>
</context>
</TS>
