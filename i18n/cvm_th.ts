<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>ActivitySection</name>
    <message>
        <source>Targets</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Results — {fiscal_year}</source>
        <translation>ผลการดำเนินงาน {fiscal_year}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Check the documents</source>
        <translation>ตรวจสอบจากเอกสาร</translation>
    </message>
    <message>
        <source>The database does not hold what this target asks for.</source>
        <translation>ฐานข้อมูลไม่มีข้อมูลที่ใช้วัดเป้าหมายนี้ โปรดตรวจสอบจากเอกสาร</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>บรรลุแล้ว</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>ยังไม่บรรลุ</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>Met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>เสี่ยงไม่บรรลุ</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>ไม่บรรลุ</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Nothing was recorded for this activity in the fiscal year.</source>
        <translation>ไม่มีข้อมูลการดำเนินงานของกิจกรรมนี้ที่บันทึกไว้ในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Results against the targets</source>
        <translation>ผลการดำเนินงานตามตัวชี้วัด</translation>
    </message>
    <message>
        <source>Area {code}: {title}</source>
        <translation>ด้านที่ {code} {title}</translation>
    </message>
    <message>
        <source>{value} of {total} ({percent})</source>
        <translation>{value} จาก {total} ({percent})</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุปผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Network colleges</source>
        <translation>สถานศึกษาเครือข่าย (แห่ง)</translation>
    </message>
    <message>
        <source>Enterprises in the database</source>
        <translation>สถานประกอบการในฐานข้อมูล (แห่ง)</translation>
    </message>
    <message>
        <source>Teachers of the subject</source>
        <translation>ครูในสาขาวิชา (คน)</translation>
    </message>
    <message>
        <source>Students of the subject</source>
        <translation>ผู้เรียนในสาขาวิชา (คน)</translation>
    </message>
    <message>
        <source>In fiscal year B.E. {year} the center followed {count} targets of the operations manual: {met} met, {at_risk} at risk, {not_met} not met and {no_data} without data.</source>
        <translation>ในปีงบประมาณ พ.ศ. {year} ศูนย์ฯ ดำเนินงานตามตัวชี้วัดของคู่มือการดำเนินงาน จำนวน {count} ตัวชี้วัด บรรลุค่าเป้าหมาย {met} ตัวชี้วัด เสี่ยงไม่บรรลุ {at_risk} ตัวชี้วัด ไม่บรรลุ {not_met} ตัวชี้วัด และไม่มีข้อมูล {no_data} ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>ด้าน</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Area {code}</source>
        <translation>ด้านที่ {code}</translation>
    </message>
    <message>
        <source>Targets of each area by status</source>
        <translation>จำนวนตัวชี้วัดของแต่ละด้าน จำแนกตามสถานะ</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>การประชุมของ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>ผู้เข้าประชุม (คน)</translation>
    </message>
    <message>
        <source>Workforce demand by level</source>
        <translation>ความต้องการกำลังคน จำแนกตามระดับการศึกษา</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>สถานประกอบการ (แห่ง)</translation>
    </message>
    <message>
        <source>Positions in Thailand</source>
        <translation>ตำแหน่งงานในประเทศ</translation>
    </message>
    <message>
        <source>Positions abroad</source>
        <translation>ตำแหน่งงานต่างประเทศ</translation>
    </message>
    <message>
        <source>Positions in all</source>
        <translation>รวมตำแหน่งงาน</translation>
    </message>
    <message>
        <source>The ten enterprises with the largest demand</source>
        <translation>สถานประกอบการที่มีความต้องการกำลังคนมากที่สุด 10 อันดับแรก</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ที่ตั้ง</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ตำแหน่งงาน</translation>
    </message>
    <message>
        <source>Agreements in force and planned intake by college</source>
        <translation>บันทึกข้อตกลงความร่วมมือที่มีผลบังคับใช้และแผนการรับผู้เรียน จำแนกตามสถานศึกษา</translation>
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
        <translation>สถานประกอบการที่ร่วมมือ</translation>
    </message>
    <message>
        <source>Planned intake</source>
        <translation>แผนรับผู้เรียน</translation>
    </message>
    <message>
        <source>Expected graduates</source>
        <translation>คาดว่าจะสำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>{count} network colleges have no agreement in force in the fiscal year.</source>
        <translation>สถานศึกษาเครือข่ายจำนวน {count} แห่ง ยังไม่มีบันทึกข้อตกลงความร่วมมือที่มีผลบังคับใช้ในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Knowledge-bank components by college</source>
        <translation>องค์ประกอบคลังปัญญาอาชีวศึกษา จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Fiscal years</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>วันที่อนุมัติ</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>วันที่จัดส่ง</translation>
    </message>
    <message>
        <source>Projects of the annual action plan</source>
        <translation>โครงการตามแผนปฏิบัติการประจำปี</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Responsible college</source>
        <translation>สถานศึกษาที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Activities due</source>
        <translation>กิจกรรมตามแผน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>แล้วเสร็จ</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Edition (B.E.)</source>
        <translation>ฉบับ พ.ศ.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>สถานะการปรับปรุง</translation>
    </message>
    <message>
        <source>Short-course runs starting in the fiscal year</source>
        <translation>การฝึกอบรมหลักสูตรระยะสั้นที่เริ่มในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>วันที่เริ่ม</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>ผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ผ่านการอบรม</translation>
    </message>
    <message>
        <source>Short-course trainees by college</source>
        <translation>ผู้เข้ารับการฝึกอบรมหลักสูตรระยะสั้น จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Trainees of the short-course runs starting in the fiscal year (persons)</source>
        <translation>ผู้เข้ารับการฝึกอบรมหลักสูตรระยะสั้นที่เริ่มในปีงบประมาณ (หน่วย: คน)</translation>
    </message>
    <message>
        <source>Students trained in short courses by college</source>
        <translation>การฝึกอบรมหลักสูตรระยะสั้นของผู้เรียน จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <source>Of them students</source>
        <translation>เป็นผู้เรียน</translation>
    </message>
    <message>
        <source>Certification and test centers of the network</source>
        <translation>ศูนย์ประเมินสมรรถนะและศูนย์ทดสอบของเครือข่าย</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>ศูนย์</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <source>No center recorded</source>
        <translation>ไม่ระบุศูนย์</translation>
    </message>
    <message>
        <source>Certification results of the fiscal year</source>
        <translation>ผลการประเมินและรับรองมาตรฐานอาชีพในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ประเภทบุคคล</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>เข้ารับการประเมิน</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ผ่านการประเมิน</translation>
    </message>
    <message>
        <source>Share passed</source>
        <translation>ร้อยละที่ผ่าน</translation>
    </message>
    <message>
        <source>Certification results by kind of center</source>
        <translation>ผลการประเมินและรับรองมาตรฐานอาชีพ จำแนกตามประเภทศูนย์</translation>
    </message>
    <message>
        <source>Assessments in the fiscal year (persons)</source>
        <translation>การประเมินในปีงบประมาณ (หน่วย: คน)</translation>
    </message>
    <message>
        <source>Certifications passed by college</source>
        <translation>ผู้ผ่านการรับรองมาตรฐานอาชีพ จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Teacher development by college</source>
        <translation>การพัฒนาครู จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>With a skill gap</source>
        <translation>มีข้อมูล Skill Gap</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>ผ่านการอบรม</translation>
    </message>
    <message>
        <source>Internships ended</source>
        <translation>ฝึกประสบการณ์แล้วเสร็จ</translation>
    </message>
    <message>
        <source>Reports on time</source>
        <translation>ส่งรายงานตรงเวลา</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>ได้รับการรับรอง</translation>
    </message>
    <message>
        <source>Trained: completed a training run starting in the fiscal year. Reports on time: received within {days} days of the internship&apos;s end.</source>
        <translation>ผ่านการอบรม หมายถึง ผ่านการฝึกอบรมในรุ่นที่เริ่มในปีงบประมาณ ส่งรายงานตรงเวลา หมายถึง ได้รับรายงานภายใน {days} วันหลังสิ้นสุดการฝึกประสบการณ์</translation>
    </message>
    <message>
        <source>Teachers trained by college</source>
        <translation>ครูที่ผ่านการฝึกอบรม จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Teachers who completed training in the fiscal year (persons)</source>
        <translation>ครูที่ผ่านการฝึกอบรมในปีงบประมาณ (หน่วย: คน)</translation>
    </message>
    <message>
        <source>Teacher-training runs of the fiscal year</source>
        <translation>การฝึกอบรมครูในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ผู้ลงทะเบียน</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Placements in enterprises by college</source>
        <translation>การฝึกประสบการณ์และการฝึกอาชีพในสถานประกอบการ จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>รวมการฝึก</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>ผู้เรียน (คน)</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>ความปลอดภัย</translation>
    </message>
    <message>
        <source>Placements starting in the fiscal year. Safe: share of the students placed (not withdrawn) without an incident.</source>
        <translation>นับการฝึกที่เริ่มในปีงบประมาณ ความปลอดภัย หมายถึง ร้อยละของผู้เรียนที่ออกฝึก (ไม่รวมผู้ถอนตัว) ซึ่งไม่ประสบเหตุ</translation>
    </message>
    <message>
        <source>Placements by college and mode</source>
        <translation>การฝึกในสถานประกอบการ จำแนกตามสถานศึกษาและรูปแบบการฝึก</translation>
    </message>
    <message>
        <source>Placements starting in the fiscal year</source>
        <translation>การฝึกที่เริ่มในปีงบประมาณ (หน่วย: ราย)</translation>
    </message>
    <message>
        <source>Final-year students certified by college</source>
        <translation>ผู้เรียนชั้นปีสุดท้ายที่ได้รับการรับรองมาตรฐานอาชีพ จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Final-year students</source>
        <translation>ผู้เรียนชั้นปีสุดท้าย</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>ยังไม่ได้รับ</translation>
    </message>
    <message>
        <source>Self-assessment reports by college</source>
        <translation>รายงานการประเมินตนเอง (SAR) จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>วันที่ได้รับ</translation>
    </message>
    <message>
        <source>Mean indicator score</source>
        <translation>คะแนนเฉลี่ยตัวชี้วัด</translation>
    </message>
    <message>
        <source>Policy recommendations</source>
        <translation>ข้อเสนอแนะเชิงนโยบาย</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Appendix: results of each network college</source>
        <translation>ภาคผนวก ผลการดำเนินงานตามตัวชี้วัดรายสถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Nothing was recorded for the network colleges in the fiscal year.</source>
        <translation>ไม่มีข้อมูลการดำเนินงานของสถานศึกษาเครือข่ายที่บันทึกไว้ในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Each cell is the college&apos;s value of the target numbered in the column&apos;s heading, shaded by its status: green met, orange at risk, red not met (also marked {mark}); &quot;-&quot; no data.</source>
        <translation>ตัวเลขในแต่ละช่องคือผลการดำเนินงานของสถานศึกษาตามตัวชี้วัดที่มีลำดับตรงกับหัวคอลัมน์ ช่องสีเขียว หมายถึง บรรลุ สีส้ม หมายถึง เสี่ยงไม่บรรลุ สีแดง หมายถึง ไม่บรรลุ (มีเครื่องหมาย {mark} กำกับ) และเครื่องหมาย “-” หมายถึง ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Areas {first} to {last}</source>
        <translation>ด้านที่ {first} ถึงด้านที่ {last}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>มี</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Operations report</source>
        <translation>รายงานผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>The center&apos;s annual operations report: the figures of every area of the manual with tables per network college, charts and the targets met and not met.</source>
        <translation>รายงานผลการดำเนินงานประจำปีของศูนย์ฯ ครบทุกด้านตามคู่มือการดำเนินงาน พร้อมตารางข้อมูลรายสถานศึกษาเครือข่าย แผนภูมิ และผลการดำเนินงานตามตัวชี้วัด</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong, but your data is safe and the program keeps running. If it happens again, send the log file {path} to your support person.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด แต่ข้อมูลของท่านยังปลอดภัยและโปรแกรมยังทำงานต่อได้ หากเกิดขึ้นอีก โปรดส่งไฟล์บันทึกการทำงาน {path} ให้ผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>AreaCard</name>
    <message>
        <source>Area {code}</source>
        <translation>ด้านที่ {code}</translation>
    </message>
    <message>
        <source>Open this area (Enter)</source>
        <translation>เปิดด้านนี้ (กด Enter)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังนับข้อมูล…</translation>
    </message>
    <message>
        <source>No targets to judge yet</source>
        <translation>ยังไม่มีเป้าหมายที่ประเมินได้</translation>
    </message>
    <message>
        <source>Targets met: {met} of {judged}</source>
        <translation>บรรลุเป้าหมาย {met} จาก {judged} รายการ</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Area {code} of the CVM manual</source>
        <translation>ด้านที่ {code} ตามคู่มือการดำเนินงานศูนย์ CVM</translation>
    </message>
    <message>
        <source>{fiscal_year} ({span}) · counting…</source>
        <translation>{fiscal_year} ({span}) · กำลังนับข้อมูล…</translation>
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
        <translation>รอบการประเมิน: เลือกศูนย์ในรายการด้านบนเพื่อดูรอบการประเมินของศูนย์นั้น</translation>
    </message>
    <message>
        <source>Assessment rounds of the selected center</source>
        <translation>รอบการประเมินของศูนย์ที่เลือก</translation>
    </message>
    <message>
        <source>The centers could not be checked. Open the page again to retry.</source>
        <translation>ไม่สามารถตรวจสอบศูนย์ได้ กรุณาเปิดหน้านี้อีกครั้งเพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Checking the centers…</source>
        <translation>กำลังตรวจสอบศูนย์…</translation>
    </message>
    <message>
        <source>{kind}: met ({count} accredited)</source>
        <translation>{kind}: ผ่านเกณฑ์ (ได้รับการรับรอง {count} แห่ง)</translation>
    </message>
    <message>
        <source>{kind}: not met</source>
        <translation>{kind}: ยังไม่ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>Accredited centers of each type (manual 4.1-4.3): {parts}</source>
        <translation>ศูนย์ที่ได้รับการรับรองแต่ละประเภท (คู่มือ 4.1-4.3): {parts}</translation>
    </message>
    <message>
        <source>No accredited center&apos;s validity ends within 90 days.</source>
        <translation>ไม่มีศูนย์ที่ได้รับการรับรองซึ่งจะสิ้นอายุการรับรองภายใน 90 วัน</translation>
    </message>
    <message>
        <source>{name}: validity ended {days} days ago ({day})</source>
        <translation>{name}: สิ้นอายุการรับรองแล้ว {days} วัน ({day})</translation>
    </message>
    <message>
        <source>{name}: validity ends in {days} days ({day})</source>
        <translation>{name}: จะสิ้นอายุการรับรองในอีก {days} วัน ({day})</translation>
    </message>
    <message>
        <source>Validity ending within 90 days or ended: {count}</source>
        <translation>ศูนย์ที่จะสิ้นอายุการรับรองภายใน 90 วันหรือสิ้นอายุแล้ว: {count} แห่ง</translation>
    </message>
</context>
<context>
    <name>CentralOverviewPage</name>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>CVM center</source>
        <translation>ศูนย์ CVM</translation>
    </message>
    <message>
        <source>Colleges</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>นักเรียน</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>การฝึกงาน</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>ผลการรับรอง</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>การเข้าอบรม</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>ชุดข้อมูลล่าสุด</translation>
    </message>
    <message>
        <source>The center&apos;s excellent subject; point at it for its host college</source>
        <translation>สาขาวิชาที่มีความเป็นเลิศของศูนย์ ชี้ที่ชื่อเพื่อดูสถานศึกษาแม่ข่าย</translation>
    </message>
    <message>
        <source>Network colleges of the center</source>
        <translation>สถานศึกษาในเครือข่ายของศูนย์</translation>
    </message>
    <message>
        <source>Students of the network colleges</source>
        <translation>นักเรียนนักศึกษาของสถานศึกษาในเครือข่าย</translation>
    </message>
    <message>
        <source>Student placements: internships, dual-system training and WBL</source>
        <translation>การฝึกของนักเรียนนักศึกษา ได้แก่ การฝึกงาน การฝึกอาชีพระบบทวิภาคี และการเรียนรู้ในสถานประกอบการ (WBL)</translation>
    </message>
    <message>
        <source>Results of occupational certification of teachers and students</source>
        <translation>ผลการประเมินและการรับรองมาตรฐานอาชีพของครูและนักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>Enrolments of teachers in training runs</source>
        <translation>การเข้ารับการฝึกอบรมของครูในแต่ละรุ่น</translation>
    </message>
    <message>
        <source>When the last package from the center was imported here</source>
        <translation>วันที่นำเข้าแฟ้มชุดข้อมูลล่าสุดจากศูนย์</translation>
    </message>
    <message>
        <source>Host college: {college}</source>
        <translation>สถานศึกษาแม่ข่าย: {college}</translation>
    </message>
    <message>
        <source>The figures come from a counts-only package: the center sent numbers, not records.</source>
        <translation>ตัวเลขนี้มาจากแฟ้มชุดข้อมูลแบบจำนวนนับเท่านั้น ศูนย์ส่งเฉพาะจำนวน ไม่ได้ส่งรายละเอียดระเบียน</translation>
    </message>
    <message>
        <source>Total, all centers</source>
        <translation>รวมทุกศูนย์</translation>
    </message>
    <message>
        <source>{count} of {total} centers</source>
        <translation>{count} จาก {total} ศูนย์</translation>
    </message>
    <message>
        <source>no package yet</source>
        <translation>ยังไม่ได้รับแฟ้มชุดข้อมูล</translation>
    </message>
    <message>
        <source>{day} (counts)</source>
        <translation>{day} (เฉพาะจำนวน)</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>ภาพรวมระดับประเทศ</translation>
    </message>
    <message>
        <source>National overview by CVM center</source>
        <translation>ภาพรวมระดับประเทศจำแนกตามศูนย์ CVM</translation>
    </message>
    <message>
        <source>The figures of each center&apos;s network as received in its packages: records in use, counted under the center of their college. A center that sent a counts-only package shows the numbers it reported.</source>
        <translation>ตัวเลขของเครือข่ายแต่ละศูนย์ตามที่ได้รับในแฟ้มชุดข้อมูล นับเฉพาะระเบียนที่ใช้งานอยู่ โดยนับรวมไว้ที่ศูนย์ของสถานศึกษาที่ระเบียนนั้นสังกัด ศูนย์ที่ส่งแฟ้มชุดข้อมูลแบบจำนวนนับเท่านั้นจะแสดงตัวเลขตามที่ศูนย์รายงาน</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>ดึงข้อมูลล่าสุด (F5)</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>อ่านตัวเลขจากฐานข้อมูลอีกครั้ง</translation>
    </message>
    <message>
        <source>Figures by CVM center</source>
        <translation>ตัวเลขจำแนกตามศูนย์ CVM</translation>
    </message>
    <message>
        <source>The figures could not be read. Press Refresh to try again.</source>
        <translation>อ่านตัวเลขไม่สำเร็จ โปรดกดปุ่มดึงข้อมูลล่าสุดเพื่อลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>กำลังอ่านตัวเลข…</translation>
    </message>
    <message>
        <source>No center has sent a package yet.</source>
        <translation>ยังไม่มีศูนย์ใดส่งแฟ้มชุดข้อมูลมา</translation>
    </message>
    <message>
        <source>{count} of {total} centers have sent a package; the latest arrived on {day}.</source>
        <translation>ศูนย์ส่งแฟ้มชุดข้อมูลมาแล้ว {count} จาก {total} ศูนย์ ได้รับล่าสุดเมื่อ {day}</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Choose the training run whose certificates of completion are to be printed.</source>
        <translation>กรุณาเลือกรุ่นการฝึกอบรมที่ต้องการพิมพ์วุฒิบัตร</translation>
    </message>
    <message>
        <source>The training run chosen is not in the database (it may have been deleted). Choose the run again.</source>
        <translation>ไม่พบรุ่นการฝึกอบรมที่เลือกในฐานข้อมูล (อาจถูกลบไปแล้ว) กรุณาเลือกรุ่นการฝึกอบรมอีกครั้ง</translation>
    </message>
    <message>
        <source>Short course: {title} ({first} - {last}), {count} completed</source>
        <translation>หลักสูตรระยะสั้น: {title} ({first} – {last}) ผ่านการฝึกอบรม {count} คน</translation>
    </message>
    <message>
        <source>Teacher training: {title} ({first} - {last}), {count} completed</source>
        <translation>การฝึกอบรมครู: {title} ({first} – {last}) ผ่านการฝึกอบรม {count} คน</translation>
    </message>
    <message>
        <source>{day_month} B.E. {year}</source>
        <translation>{day_month} พ.ศ. {year}</translation>
    </message>
    <message>
        <source>{hours} hours, from {first} to {last}</source>
        <translation>จำนวน {hours} ชั่วโมง ระหว่างวันที่ {first} ถึงวันที่ {last}</translation>
    </message>
    <message>
        <source>Certificate no. {number}</source>
        <translation>เลขที่ {number}</translation>
    </message>
    <message>
        <source>Certificate of Completion</source>
        <translation>วุฒิบัตร</translation>
    </message>
    <message>
        <source>This certificate is given to certify that</source>
        <translation>วุฒิบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า</translation>
    </message>
    <message>
        <source>has completed the training course “{course}”</source>
        <translation>ได้ผ่านการฝึกอบรมหลักสูตร “{course}”</translation>
    </message>
    <message>
        <source>at {place}</source>
        <translation>ณ {place}</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>ให้ไว้ ณ วันที่ {date}</translation>
    </message>
    <message>
        <source>Director of the Vocational Manpower Networking Management Center</source>
        <translation>ผู้อำนวยการศูนย์บริหารเครือข่ายการผลิตและพัฒนากำลังคนอาชีวศึกษา</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>วุฒิบัตรผู้ผ่านการฝึกอบรม</translation>
    </message>
    <message>
        <source>Nobody has been recorded as completing the course “{course}” ({first} - {last}), so there is no certificate to print. Record who completed the training, then print the certificates again.</source>
        <translation>หลักสูตร “{course}” ({first} – {last}) ยังไม่มีการบันทึกผู้ผ่านการฝึกอบรม จึงไม่มีวุฒิบัตรที่จะพิมพ์ กรุณาบันทึกผู้ผ่านการฝึกอบรมให้ครบถ้วนก่อน แล้วจึงพิมพ์วุฒิบัตรอีกครั้ง</translation>
    </message>
    <message>
        <source>One certificate page for each person who completed a short course or a teacher training run.</source>
        <translation>วุฒิบัตรคนละหนึ่งหน้า สำหรับผู้ผ่านการฝึกอบรมหลักสูตรระยะสั้นหรือหลักสูตรฝึกอบรมครูแต่ละรุ่น</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates of completion</source>
        <translation>วุฒิบัตรผ่านการอบรม</translation>
    </message>
    <message>
        <source>Certificates of completion of teacher training</source>
        <translation>วุฒิบัตรผ่านการฝึกอบรมครู</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>ปีงบประมาณ (&amp;F):</translation>
    </message>
    <message>
        <source>{count} certificates</source>
        <translation>{count} ฉบับ</translation>
    </message>
</context>
<context>
    <name>CertificationReport</name>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>1. Certification and test centers of the network</source>
        <translation>1. ศูนย์ประเมินสมรรถนะบุคคลและศูนย์ทดสอบในเครือข่าย</translation>
    </message>
    <message>
        <source>No certification or test center has been recorded.</source>
        <translation>ยังไม่มีการบันทึกข้อมูลศูนย์ประเมินสมรรถนะบุคคลหรือศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>The network has {count} certification and test centers recorded, {accredited} of them accredited or licensed.</source>
        <translation>เครือข่ายมีศูนย์ประเมินสมรรถนะบุคคลและศูนย์ทดสอบที่บันทึกไว้ จำนวน {count} ศูนย์ ได้รับการรับรองหรืออนุญาตแล้ว {accredited} ศูนย์</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>ศูนย์</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>2. Results of the fiscal year</source>
        <translation>2. ผลการประเมินและการทดสอบในปีงบประมาณ</translation>
    </message>
    <message>
        <source>No assessment or test was recorded in this fiscal year.</source>
        <translation>ในปีงบประมาณนี้ไม่มีการบันทึกผลการประเมินหรือการทดสอบ</translation>
    </message>
    <message>
        <source>In the fiscal year {tested} assessments and tests were recorded; {passed} of them passed ({rate}).</source>
        <translation>ในปีงบประมาณนี้มีผู้เข้ารับการประเมินและการทดสอบ จำนวน {tested} ราย ผ่านการประเมิน {passed} ราย ({rate})</translation>
    </message>
    <message>
        <source>2.1 Results per center</source>
        <translation>2.1 ผลการประเมินจำแนกตามศูนย์</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>เข้ารับการประเมิน</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>ร้อยละที่ผ่าน</translation>
    </message>
    <message>
        <source>Center not recorded</source>
        <translation>ไม่ระบุศูนย์</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>2.2 Results per kind of center and of person</source>
        <translation>2.2 ผลการประเมินจำแนกตามประเภทศูนย์และกลุ่มผู้เข้ารับการประเมิน</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ผู้เข้ารับการประเมิน</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Teachers certified in the year</source>
        <translation>ครูที่ได้รับการรับรองมาตรฐานอาชีพในปีงบประมาณ (คน)</translation>
    </message>
    <message>
        <source>Final-year students</source>
        <translation>ผู้เรียนชั้นปีสุดท้าย (คน)</translation>
    </message>
    <message>
        <source>Final-year students certified in the year</source>
        <translation>ผู้เรียนชั้นปีสุดท้ายที่ได้รับการรับรองมาตรฐานอาชีพในปีงบประมาณ (คน)</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>3.1 Teachers certified</source>
        <translation>3.1 ครูที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <source>3.2 Students certified</source>
        <translation>3.2 นักเรียน นักศึกษาที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <source>3.3 Graduates certified</source>
        <translation>3.3 ผู้สำเร็จการศึกษาที่ได้รับการรับรอง</translation>
    </message>
    <message>
        <source>3. People certified in the fiscal year</source>
        <translation>3. รายชื่อผู้ได้รับการรับรองมาตรฐานอาชีพในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Nobody of this group was certified in this fiscal year.</source>
        <translation>ในปีงบประมาณนี้ไม่มีผู้ได้รับการรับรองในกลุ่มนี้</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ – สกุล</translation>
    </message>
    <message>
        <source>Occupational standard / qualification</source>
        <translation>มาตรฐานอาชีพ / คุณวุฒิ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>Nobody was certified in this fiscal year.</source>
        <translation>ในปีงบประมาณนี้ไม่มีผู้ได้รับการรับรองมาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>4. Targets of area 4 and activity 6.4</source>
        <translation>4. ผลการดำเนินงานตามเป้าหมาย ด้านที่ 4 และกิจกรรมที่ 6.4</translation>
    </message>
    <message>
        <source>Occupational certification report</source>
        <translation>รายงานผลการดำเนินงานด้านการรับรองมาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Certification and test centers, results of the year per center and kind, the people certified and the targets of area 4 and 6.4.</source>
        <translation>ศูนย์ประเมินสมรรถนะบุคคลและศูนย์ทดสอบ ผลการประเมินในปีงบประมาณจำแนกตามศูนย์และประเภท รายชื่อผู้ได้รับการรับรอง และผลการดำเนินงานตามเป้าหมายด้านที่ 4 และกิจกรรมที่ 6.4</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{path} already exists: choose a new file for the demo database.</source>
        <translation>มีไฟล์ {path} อยู่แล้ว โปรดระบุไฟล์ใหม่สำหรับฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>The scale must be greater than zero.</source>
        <translation>ค่าขนาด (scale) ต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <source>--center is required: the center&apos;s line (1-101) in the list of centers.</source>
        <translation>ต้องระบุ --center: ลำดับของศูนย์ (1–101) ในบัญชีรายชื่อศูนย์</translation>
    </message>
    <message>
        <source>--college is required: the name of this college.</source>
        <translation>ต้องระบุ --college: ชื่อสถานศึกษานี้</translation>
    </message>
    <message>
        <source>{path} already belongs to a site; its identity is never replaced.</source>
        <translation>ฐานข้อมูล {path} ตั้งค่าสถานที่ติดตั้งไว้แล้ว และจะไม่มีการเปลี่ยนตัวตนของสถานที่ติดตั้ง</translation>
    </message>
    <message>
        <source>The database {path} has no site yet. Set it up first: main.py site init --kind center --center N --db {path}</source>
        <translation>ฐานข้อมูล {path} ยังไม่ได้กำหนดหน่วยงาน กรุณากำหนดก่อนด้วยคำสั่ง main.py site init --kind center --center N --db {path}</translation>
    </message>
    <message>
        <source>{count} rows of {name} have errors; nothing was imported.</source>
        <translation>ไฟล์ {name} มีข้อมูลที่ไม่ถูกต้อง {count} แถว จึงไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <source>--with-sensitive is for the students export only.</source>
        <translation>ใช้ --with-sensitive ได้กับการส่งออกข้อมูลผู้เรียน (students) เท่านั้น</translation>
    </message>
</context>
<context>
    <name>CliKpi</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>ไม่พบแฟ้ม {path}</translation>
    </message>
    <message>
        <source>No network college of this database has that name. Give the college&apos;s name exactly as it is recorded, or leave --college out for the whole network.</source>
        <translation>ไม่พบสถานศึกษาเครือข่ายชื่อนี้ในฐานข้อมูล โปรดระบุชื่อสถานศึกษาให้ตรงกับที่บันทึกไว้ หรือไม่ต้องระบุ --college เพื่อแสดงผลของทั้งเครือข่าย</translation>
    </message>
</context>
<context>
    <name>CliPackage</name>
    <message>
        <source>{path} already exists: choose a new file name for the package.</source>
        <translation>มีไฟล์ {path} อยู่แล้ว โปรดตั้งชื่อไฟล์ใหม่สำหรับแฟ้มชุดข้อมูล</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>ไม่พบโฟลเดอร์ {path}</translation>
    </message>
    <message>
        <source>This site&apos;s private key is not on this computer, so no package can be signed. Run the program on the computer where the site was set up.</source>
        <translation>ไม่พบกุญแจส่วนตัวของหน่วยงานนี้ในเครื่องคอมพิวเตอร์เครื่องนี้ จึงไม่สามารถลงลายมือชื่อดิจิทัลในแฟ้มชุดข้อมูลได้ โปรดใช้งานโปรแกรมบนเครื่องคอมพิวเตอร์ที่ใช้ตั้งค่าหน่วยงานไว้</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>ไม่พบ {path}</translation>
    </message>
    <message>
        <source>There is no package file (.cvmpkg) in the folder {path}.</source>
        <translation>ไม่พบแฟ้มชุดข้อมูล (.cvmpkg) ในโฟลเดอร์ {path}</translation>
    </message>
    <message>
        <source>The package {name} was refused; nothing of it was written:</source>
        <translation>ไม่รับแฟ้มชุดข้อมูล {name} และไม่ได้บันทึกข้อมูลใดจากแฟ้มนี้ เนื่องจาก</translation>
    </message>
    <message>
        <source>The package {name} was already imported on {day}; nothing was changed.</source>
        <translation>แฟ้มชุดข้อมูล {name} นำเข้าไปแล้วเมื่อ {day} จึงไม่มีการเปลี่ยนแปลงข้อมูลใด</translation>
    </message>
    <message>
        <source>{count} records carry a time far in the future: the clock of the sending computer may be wrong. Ask that site to check its date and time.</source>
        <translation>มีระเบียน {count} รายการที่ระบุเวลาล่วงหน้าไปในอนาคตมาก นาฬิกาของเครื่องคอมพิวเตอร์ผู้ส่งอาจไม่ถูกต้อง โปรดแจ้งหน่วยงานผู้ส่งให้ตรวจสอบวันที่และเวลาของเครื่อง</translation>
    </message>
    <message>
        <source>{path} is not a folder: give the folder of center packages.</source>
        <translation>{path} ไม่ใช่โฟลเดอร์ โปรดระบุโฟลเดอร์ที่เก็บแฟ้มชุดข้อมูลของศูนย์</translation>
    </message>
    <message>
        <source>Only the central office consolidates center packages; {path} is not the database of a central office.</source>
        <translation>การรวบรวมแฟ้มชุดข้อมูลของศูนย์ทำได้เฉพาะที่ส่วนกลางเท่านั้น {path} ไม่ใช่ฐานข้อมูลของส่วนกลาง</translation>
    </message>
    <message>
        <source>{count} of {total} packages were refused; the others were imported.</source>
        <translation>ไม่รับแฟ้มชุดข้อมูล {count} แฟ้มจากทั้งหมด {total} แฟ้ม แฟ้มอื่นนำเข้าเรียบร้อยแล้ว</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>Give the PDF file to write with --out FILE.</source>
        <translation>โปรดระบุแฟ้ม PDF ที่จะบันทึกด้วย --out FILE</translation>
    </message>
    <message>
        <source>Give the database with --db PATH.</source>
        <translation>โปรดระบุฐานข้อมูลด้วย --db PATH</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>ไม่พบแฟ้ม {path}</translation>
    </message>
    <message>
        <source>Name the report to make; main.py report --list names every report.</source>
        <translation>โปรดระบุชื่อรายงานที่ต้องการจัดทำ ดูรายชื่อรายงานทั้งหมดได้ด้วยคำสั่ง main.py report --list</translation>
    </message>
    <message>
        <source>This report is made for a fiscal year: give it with --fy YEAR.</source>
        <translation>รายงานนี้จัดทำตามปีงบประมาณ โปรดระบุปีงบประมาณด้วย --fy YEAR</translation>
    </message>
    <message>
        <source>This report is made for a training run: give it with --run, for example --run training_run:12 or --run short_course_run:3.</source>
        <translation>รายงานนี้จัดทำสำหรับรุ่นการอบรม โปรดระบุรุ่นด้วย --run เช่น --run training_run:12 หรือ --run short_course_run:3</translation>
    </message>
    <message>
        <source>Give the list to print with --list-kind, one of: {kinds}.</source>
        <translation>โปรดระบุรายการข้อมูลที่จะพิมพ์ด้วย --list-kind โดยเลือกจาก {kinds}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>ข้อมูลขัดแย้ง</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>ข้อมูลขัดแย้งที่รอการตรวจสอบ</translation>
    </message>
    <message>
        <source>When two sites change the same record before they exchange packages, every site applies the same version and keeps the other one here. Compare the two versions and keep the right one, or take some fields from each; the version you save goes to the other sites with the next package.</source>
        <translation>เมื่อหน่วยงานสองแห่งแก้ไขรายการเดียวกันก่อนแลกเปลี่ยนแฟ้มชุดข้อมูล ทุกหน่วยงานจะใช้ฉบับเดียวกัน และเก็บอีกฉบับหนึ่งไว้ที่หน้านี้ โปรดเปรียบเทียบทั้งสองฉบับแล้วเลือกเก็บฉบับที่ถูกต้อง หรือเลือกบางช่องข้อมูลจากแต่ละฉบับ ฉบับที่ท่านบันทึกจะส่งไปยังหน่วยงานอื่นพร้อมแฟ้มชุดข้อมูลครั้งถัดไป</translation>
    </message>
    <message>
        <source>&amp;Records in conflict</source>
        <translation>&amp;รายการที่ข้อมูลขัดแย้ง</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>ประเภทรายการ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>พบเมื่อ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Applied version</source>
        <translation>ฉบับที่ใช้อยู่</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>อีกฉบับหนึ่ง</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>ใช้ค่าจากอีกฉบับหนึ่ง</translation>
    </message>
    <message>
        <source>Fields that differ are highlighted. To save a merged version, tick the fields to take from the other version (Space ticks the field of the current row), then choose Save merged version.</source>
        <translation>ช่องข้อมูลที่แตกต่างกันจะแสดงด้วยแถบสี หากต้องการบันทึกฉบับที่รวมจากทั้งสองฉบับ ให้ทำเครื่องหมายที่ช่องข้อมูลที่จะใช้ค่าจากอีกฉบับหนึ่ง (กดแป้นเว้นวรรคเพื่อทำเครื่องหมายที่แถวปัจจุบัน) แล้วเลือก บันทึกฉบับที่รวมแล้ว</translation>
    </message>
    <message>
        <source>No conflict is waiting for review. Records that two sites changed at once show up here when their packages are imported.</source>
        <translation>ไม่มีข้อมูลขัดแย้งที่รอการตรวจสอบ รายการที่หน่วยงานสองแห่งแก้ไขในช่วงเวลาเดียวกันจะปรากฏที่หน้านี้เมื่อนำเข้าแฟ้มชุดข้อมูล</translation>
    </message>
    <message>
        <source>Keep applied version</source>
        <translation>เก็บฉบับที่ใช้อยู่</translation>
    </message>
    <message>
        <source>Keep other version</source>
        <translation>เก็บอีกฉบับหนึ่ง</translation>
    </message>
    <message>
        <source>Save merged version</source>
        <translation>บันทึกฉบับที่รวมแล้ว</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} เวลา {time} น.</translation>
    </message>
    <message>
        <source>The conflict is settled. The version saved goes to the other sites with the next package.</source>
        <translation>ยุติข้อมูลขัดแย้งเรียบร้อยแล้ว ฉบับที่บันทึกจะส่งไปยังหน่วยงานอื่นพร้อมแฟ้มชุดข้อมูลครั้งถัดไป</translation>
    </message>
    <message>
        <source>Choose a record in the list above.</source>
        <translation>โปรดเลือกรายการจากรายชื่อด้านบน</translation>
    </message>
    <message>
        <source>{kind}: {record}</source>
        <translation>{kind}: {record}</translation>
    </message>
    <message>
        <source>Applied version: {applied}. Other version: {other}.</source>
        <translation>ฉบับที่ใช้อยู่: {applied} อีกฉบับหนึ่ง: {other}</translation>
    </message>
    <message>
        <source>Use the other version of this field</source>
        <translation>ใช้ค่าของช่องข้อมูลนี้จากอีกฉบับหนึ่ง</translation>
    </message>
    <message>
        <source>{site}, {when}</source>
        <translation>จาก {site} เมื่อ {when}</translation>
    </message>
    <message>
        <source>{version} (deletes the record)</source>
        <translation>{version} (ลบรายการนี้)</translation>
    </message>
</context>
<context>
    <name>CurriculaPage</name>
    <message>
        <source>Unit code</source>
        <translation>รหัสหน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>Unit of competency</source>
        <translation>หน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>TPQI level</source>
        <translation>ระดับคุณวุฒิวิชาชีพ</translation>
    </message>
    <message>
        <source>Occupation standard</source>
        <translation>มาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Curricula and units of competency</source>
        <translation>หลักสูตรและหน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>&amp;Curricula and their courses</source>
        <translation>หลักสูตรและรายวิชา (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Units of competency (TPQI)</source>
        <translation>หน่วยสมรรถนะ (คุณวุฒิวิชาชีพ) (&amp;U)</translation>
    </message>
    <message>
        <source>Units of the same occupation standards not yet covered by a course</source>
        <translation>หน่วยสมรรถนะในมาตรฐานอาชีพเดียวกันที่ยังไม่มีรายวิชารองรับ</translation>
    </message>
    <message>
        <source>Choose a curriculum to see its courses and gap.</source>
        <translation>เลือกหลักสูตรเพื่อดูรายวิชาและหน่วยสมรรถนะที่ยังขาด</translation>
    </message>
    <message>
        <source>Units covered: {mapped}; not yet covered: {gap}.</source>
        <translation>หน่วยสมรรถนะที่มีรายวิชารองรับ {mapped} หน่วย ยังไม่มีรายวิชารองรับ {gap} หน่วย</translation>
    </message>
    <message>
        <source>Level {level}: {mapped} covered, {gap} not covered</source>
        <translation>ระดับ {level}: มีรายวิชารองรับ {mapped} หน่วย ยังไม่มี {gap} หน่วย</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This database already belongs to a site. A demo network can only be built into a new, empty database.</source>
        <translation>ฐานข้อมูลนี้ตั้งค่าสถานที่ติดตั้งไว้แล้ว เครือข่ายตัวอย่างสร้างได้เฉพาะในฐานข้อมูลใหม่ที่ยังว่างอยู่เท่านั้น</translation>
    </message>
    <message>
        <source>Setting up the center site</source>
        <translation>กำลังตั้งค่าศูนย์</translation>
    </message>
    <message>
        <source>The demo network is ready</source>
        <translation>เครือข่ายตัวอย่างพร้อมใช้งานแล้ว</translation>
    </message>
    <message>
        <source>Colleges and enterprises</source>
        <translation>สถานศึกษาและสถานประกอบการ</translation>
    </message>
    <message>
        <source>Committees, meetings and plans</source>
        <translation>คณะกรรมการ การประชุม และแผนงาน</translation>
    </message>
    <message>
        <source>Curricula, short courses and test centers</source>
        <translation>หลักสูตร หลักสูตรระยะสั้น และศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Teachers, training and internships</source>
        <translation>ครู การฝึกอบรม และการฝึกประสบการณ์</translation>
    </message>
    <message>
        <source>Students and placements</source>
        <translation>ผู้เรียนและการฝึกในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Students and placements: {done} of {total}</source>
        <translation>ผู้เรียนและการฝึกในสถานประกอบการ: {done} จาก {total}</translation>
    </message>
</context>
<context>
    <name>DevelopmentPlanPage</name>
    <message>
        <source>{competency} ({priority})</source>
        <translation>{competency} (ความสำคัญ{priority})</translation>
    </message>
    <message>
        <source>{competency}: no curriculum yet</source>
        <translation>{competency}: ยังไม่มีหลักสูตรฝึกอบรมรองรับ</translation>
    </message>
    <message>
        <source>{competency}: {courses} (enrolled)</source>
        <translation>{competency}: {courses} (ลงทะเบียนเข้ารับการอบรมแล้ว)</translation>
    </message>
    <message>
        <source>{competency}: {courses}</source>
        <translation>{competency}: {courses}</translation>
    </message>
    <message>
        <source>No curriculum yet</source>
        <translation>ยังไม่มีหลักสูตรรองรับ</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>สมรรถนะ</translation>
    </message>
    <message>
        <source>Teachers needing it</source>
        <translation>จำนวนครูที่ต้องพัฒนา</translation>
    </message>
    <message>
        <source>Covered by a curriculum</source>
        <translation>มีหลักสูตรรองรับ</translation>
    </message>
    <message>
        <source>Teacher-training curricula</source>
        <translation>หลักสูตรฝึกอบรมครู</translation>
    </message>
    <message>
        <source>Enrolled this year</source>
        <translation>ลงทะเบียนอบรมในปีนี้</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Competencies needed (by priority)</source>
        <translation>สมรรถนะที่ต้องพัฒนา (เรียงตามลำดับความสำคัญ)</translation>
    </message>
    <message>
        <source>Planned training</source>
        <translation>การฝึกอบรมตามแผน</translation>
    </message>
    <message>
        <source>Skill gaps and development plan</source>
        <translation>ช่องว่างสมรรถนะและแผนพัฒนาครู</translation>
    </message>
    <message>
        <source>Skill gaps and teacher development plan</source>
        <translation>การสำรวจช่องว่างสมรรถนะและแผนพัฒนาครู</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>ปีงบประมาณ (&amp;F):</translation>
    </message>
    <message>
        <source>Skill gaps</source>
        <translation>ช่องว่างสมรรถนะ</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>แผนพัฒนาครู</translation>
    </message>
    <message>
        <source>Teachers without a recorded gap</source>
        <translation>ครูที่ยังไม่ได้บันทึกช่องว่างสมรรถนะ</translation>
    </message>
    <message>
        <source>&amp;Competencies needed</source>
        <translation>สมรรถนะที่ต้องพัฒนา (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Needs and planned training of each teacher</source>
        <translation>ความต้องการและการฝึกอบรมตามแผนของครูแต่ละคน (&amp;N)</translation>
    </message>
    <message>
        <source>Teachers &amp;without a recorded skill gap</source>
        <translation>ครูที่ยังไม่ได้บันทึกช่องว่างสมรรถนะ (&amp;W)</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>กำลังอ่านข้อมูลแผน…</translation>
    </message>
    <message>
        <source>target met: every network teacher has a recorded skill gap</source>
        <translation>บรรลุเป้าหมายแล้ว: ครูในเครือข่ายทุกคนมีการบันทึกช่องว่างสมรรถนะ</translation>
    </message>
    <message>
        <source>target not met yet: every network teacher needs a recorded gap</source>
        <translation>ยังไม่บรรลุเป้าหมาย: ครูในเครือข่ายทุกคนต้องได้รับการบันทึกช่องว่างสมรรถนะ</translation>
    </message>
    <message>
        <source>Network teachers: {teachers} · with a recorded gap: {with_gap} · without: {without_gap} · {verdict}</source>
        <translation>ครูในเครือข่าย {teachers} คน · บันทึกช่องว่างสมรรถนะแล้ว {with_gap} คน · ยังไม่ได้บันทึก {without_gap} คน · {verdict}</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>National overview</source>
        <translation>ภาพรวมระดับประเทศ</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>แฟ้มชุดข้อมูล</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>ข้อมูลขัดแย้ง ({count})</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ข้อมูลขัดแย้ง</translation>
    </message>
    <message>
        <source>Sites and keys</source>
        <translation>หน่วยงานและกุญแจ</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The file name {name} must end in .xlsx.</source>
        <translation>ชื่อไฟล์ {name} ต้องลงท้ายด้วย .xlsx</translation>
    </message>
    <message>
        <source>The file {name} cannot be written. Check that the folder exists and that the file is not open in another program.</source>
        <translation>ไม่สามารถบันทึกไฟล์ {name} ได้ กรุณาตรวจสอบว่ามีโฟลเดอร์ดังกล่าวอยู่ และไฟล์ไม่ได้เปิดอยู่ในโปรแกรมอื่น</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>วันเกิด</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>วันที่เริ่ม</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Name title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>ปีการศึกษา</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>College group</source>
        <translation>กลุ่มสถานศึกษา</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>In Thailand or abroad</source>
        <translation>ในประเทศ/ต่างประเทศ</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>ขนาดสถานประกอบการ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>ประเภทข้อตกลง</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>สถานะข้อตกลง</translation>
    </message>
    <message>
        <source>Agreement in force</source>
        <translation>ข้อตกลงที่มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Committee type</source>
        <translation>ประเภทคณะกรรมการ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>ประเภทการประชุม</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Center type</source>
        <translation>ประเภทศูนย์</translation>
    </message>
    <message>
        <source>Center status</source>
        <translation>สถานะศูนย์</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>อายุการรับรอง</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>การปรับปรุงหลักสูตร</translation>
    </message>
    <message>
        <source>Skill track</source>
        <translation>ประเภทการพัฒนาทักษะ</translation>
    </message>
    <message>
        <source>Trainee group</source>
        <translation>กลุ่มผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>รายงานผลการฝึก</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>การสำเร็จการอบรม</translation>
    </message>
    <message>
        <source>Placement status</source>
        <translation>สถานะการฝึก</translation>
    </message>
    <message>
        <source>Placement mode</source>
        <translation>รูปแบบการฝึก</translation>
    </message>
    <message>
        <source>Mode of study</source>
        <translation>รูปแบบการศึกษา</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>ชั้นปี</translation>
    </message>
    <message>
        <source>Training or orientation</source>
        <translation>การอบรมหรือการปฐมนิเทศ</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>ประเภทเหตุการณ์</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>สถานะเหตุการณ์</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>เหตุการณ์ที่ยังไม่ปิด</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>ประเภทแผน</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Component status</source>
        <translation>สถานะองค์ประกอบ</translation>
    </message>
    <message>
        <source>Recommendation status</source>
        <translation>สถานะข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>No agreement in force</source>
        <translation>ไม่มีข้อตกลงที่มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>At least one in force</source>
        <translation>มีข้อตกลงที่มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>With an open incident</source>
        <translation>มีเหตุการณ์ที่ยังไม่ปิด</translation>
    </message>
    <message>
        <source>No open incident</source>
        <translation>ไม่มีเหตุการณ์ค้าง</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>สำเร็จแล้ว</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>ยังไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Ends within 90 days or has ended</source>
        <translation>สิ้นอายุภายใน 90 วันหรือสิ้นอายุแล้ว</translation>
    </message>
    <message>
        <source>More than 90 days left</source>
        <translation>เหลือมากกว่า 90 วัน</translation>
    </message>
    <message>
        <source>In force (expiring soon included)</source>
        <translation>มีผลบังคับใช้ (รวมที่ใกล้หมดอายุ)</translation>
    </message>
    <message>
        <source>In force, over 90 days left</source>
        <translation>มีผลบังคับใช้ เหลือเกิน 90 วัน</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>แสดงทุกรายการอีกครั้ง</translation>
    </message>
    <message>
        <source>As selected</source>
        <translation>ตามที่เลือกไว้</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up CVM Director</source>
        <translation>ตั้งค่าโปรแกรม CVM Director</translation>
    </message>
    <message>
        <source>Welcome to CVM Director</source>
        <translation>ยินดีต้อนรับสู่ CVM Director</translation>
    </message>
    <message>
        <source>Before you start, tell the program where it is installed. This choice gives the installation its identity and cannot be changed later.</source>
        <translation>ก่อนเริ่มใช้งาน โปรดระบุว่าเครื่องนี้ติดตั้งไว้ที่ใด การเลือกนี้กำหนดตัวตนของสถานที่ติดตั้ง และเปลี่ยนภายหลังไม่ได้</translation>
    </message>
    <message>
        <source>A CVM center</source>
        <translation>ศูนย์ CVM</translation>
    </message>
    <message>
        <source>The center director&apos;s office: keeps the data of the whole network.</source>
        <translation>สำนักงานผู้อำนวยการศูนย์ ดูแลข้อมูลของทั้งเครือข่าย</translation>
    </message>
    <message>
        <source>A network college of a center</source>
        <translation>สถานศึกษาเครือข่ายของศูนย์</translation>
    </message>
    <message>
        <source>Enters the college&apos;s own data and sends it to its center.</source>
        <translation>บันทึกข้อมูลของสถานศึกษาเอง แล้วส่งให้ศูนย์ CVM</translation>
    </message>
    <message>
        <source>The central office (OVEC)</source>
        <translation>ส่วนกลาง (สอศ.)</translation>
    </message>
    <message>
        <source>Brings together the data sent by all 101 centers.</source>
        <translation>รวบรวมข้อมูลที่ศูนย์ทั้ง 101 แห่งส่งมา</translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation>เปิดเครือข่ายตัวอย่าง</translation>
    </message>
    <message>
        <source>Invented data for trying the program out, in a separate database. Nothing is set up for real.</source>
        <translation>ข้อมูลสมมติสำหรับทดลองใช้งาน เก็บในฐานข้อมูลแยกต่างหาก โดยไม่มีการตั้งค่าจริง</translation>
    </message>
    <message>
        <source>CVM center (type any part of the subject or college):</source>
        <translation>ศูนย์ CVM (พิมพ์ส่วนใดก็ได้ของชื่อสาขาวิชาหรือสถานศึกษา):</translation>
    </message>
    <message>
        <source>e.g. เมคคาทรอนิกส์ or ชลบุรี</source>
        <translation>เช่น เมคคาทรอนิกส์ หรือ ชลบุรี</translation>
    </message>
    <message>
        <source>Name of your college:</source>
        <translation>ชื่อสถานศึกษาของท่าน:</translation>
    </message>
    <message>
        <source>e.g. วิทยาลัยเทคนิคชลบุรี</source>
        <translation>เช่น วิทยาลัยเทคนิคชลบุรี</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่มใช้งาน</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>กำลังตั้งค่า…</translation>
    </message>
    <message>
        <source>Chosen: {center}</source>
        <translation>ศูนย์ที่เลือก: {center}</translation>
    </message>
    <message>
        <source>No center matches what you typed.</source>
        <translation>ไม่พบศูนย์ที่ตรงกับคำที่พิมพ์</translation>
    </message>
    <message>
        <source>{count} centers shown; choose one.</source>
        <translation>แสดง {count} ศูนย์ โปรดเลือกหนึ่งศูนย์</translation>
    </message>
    <message>
        <source>Choose your center from the list.</source>
        <translation>โปรดเลือกศูนย์ของท่านจากรายการ</translation>
    </message>
    <message>
        <source>Enter the name of your college.</source>
        <translation>โปรดกรอกชื่อสถานศึกษาของท่าน</translation>
    </message>
    <message>
        <source>Building the demo network…</source>
        <translation>กำลังสร้างเครือข่ายตัวอย่าง…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Overview — {fiscal_year}</source>
        <translation>ภาพรวมผลการดำเนินงาน {fiscal_year}</translation>
    </message>
    <message>
        <source>The records could not be counted. Choose the year again to retry.</source>
        <translation>นับข้อมูลไม่สำเร็จ โปรดเลือกปีงบประมาณอีกครั้งเพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Counting the records of the year…</source>
        <translation>กำลังนับข้อมูลของปีงบประมาณ…</translation>
    </message>
    <message>
        <source>Click a card or press Ctrl+1 to Ctrl+7 to open an area.</source>
        <translation>คลิกที่การ์ด หรือกด Ctrl+1 ถึง Ctrl+7 เพื่อเปิดแต่ละด้าน</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown country; write its name or its two-letter code, for example JP.</source>
        <translation>ไม่พบประเทศนี้ กรุณาระบุชื่อประเทศหรือรหัสสองตัวอักษร เช่น JP</translation>
    </message>
    <message>
        <source>The file {name} cannot be read. Check that it exists and that no other program has it open.</source>
        <translation>ไม่สามารถอ่านไฟล์ {name} ได้ กรุณาตรวจสอบว่ามีไฟล์อยู่จริงและไม่ได้เปิดอยู่ในโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>The file {name} is empty: it has no rows.</source>
        <translation>ไฟล์ {name} ว่างเปล่า ไม่มีข้อมูลแม้แต่แถวเดียว</translation>
    </message>
    <message>
        <source>The file {name} is not a spreadsheet. Save it as an Excel workbook (.xlsx) or as a CSV file.</source>
        <translation>ไฟล์ {name} ไม่ใช่ไฟล์ตารางข้อมูล กรุณาบันทึกเป็นไฟล์ Excel (.xlsx) หรือไฟล์ CSV</translation>
    </message>
    <message>
        <source>The file {name} is an old Excel 97-2003 workbook (.xls) or is protected by a password. Open it in Excel, remove any password and save it as an Excel workbook (.xlsx).</source>
        <translation>ไฟล์ {name} เป็นไฟล์ Excel รุ่นเก่า (97-2003, .xls) หรือมีการตั้งรหัสผ่าน กรุณาเปิดไฟล์ใน Excel ยกเลิกรหัสผ่าน (ถ้ามี) แล้วบันทึกเป็นไฟล์ Excel (.xlsx)</translation>
    </message>
    <message>
        <source>The text of {name} is in an unknown encoding. Save it again as CSV UTF-8.</source>
        <translation>ไม่สามารถอ่านข้อความในไฟล์ {name} ได้เนื่องจากไม่ทราบรูปแบบการเข้ารหัสอักขระ กรุณาบันทึกใหม่เป็นไฟล์ CSV UTF-8</translation>
    </message>
    <message>
        <source>The file {name} is too big: at most {limit} MB can be imported at once. Split it into smaller files.</source>
        <translation>ไฟล์ {name} มีขนาดใหญ่เกินไป นำเข้าได้ครั้งละไม่เกิน {limit} เมกะไบต์ กรุณาแบ่งเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>The file {name} has more than {limit} rows. Split it into smaller files.</source>
        <translation>ไฟล์ {name} มีข้อมูลเกิน {limit} แถว กรุณาแบ่งเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <source>No row of column names was found in {name}. The first row must hold the column names of the template, for example {example}.</source>
        <translation>ไม่พบแถวชื่อคอลัมน์ในไฟล์ {name} แถวแรกต้องเป็นชื่อคอลัมน์ตามแบบฟอร์ม เช่น {example}</translation>
    </message>
    <message>
        <source>The file {name} has no column {columns}. Add it, or start from the template.</source>
        <translation>ไฟล์ {name} ไม่มีคอลัมน์ {columns} กรุณาเพิ่มคอลัมน์ดังกล่าว หรือใช้แบบฟอร์มนำเข้าข้อมูล</translation>
    </message>
    <message>
        <source>The column {columns} appears twice in {name}. Keep only one.</source>
        <translation>คอลัมน์ {columns} ปรากฏซ้ำในไฟล์ {name} กรุณาคงไว้เพียงคอลัมน์เดียว</translation>
    </message>
    <message>
        <source>{count} rows have errors. Correct them and check the file again; nothing was imported.</source>
        <translation>มีข้อมูลไม่ถูกต้อง {count} แถว กรุณาแก้ไขแล้วตรวจสอบไฟล์อีกครั้ง ยังไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <source>This database has no site yet. Set up the program before importing.</source>
        <translation>ฐานข้อมูลนี้ยังไม่ได้กำหนดหน่วยงาน กรุณาตั้งค่าโปรแกรมก่อนนำเข้าข้อมูล</translation>
    </message>
    <message>
        <source>This import has already been saved.</source>
        <translation>การนำเข้าครั้งนี้ได้บันทึกไปแล้ว</translation>
    </message>
    <message>
        <source>The data changed after the file was checked. Check the file again; nothing was imported.</source>
        <translation>ข้อมูลในระบบมีการเปลี่ยนแปลงหลังการตรวจสอบไฟล์ กรุณาตรวจสอบไฟล์อีกครั้ง ยังไม่ได้นำเข้าข้อมูลใด</translation>
    </message>
    <message>
        <source>column {letter} (no header)</source>
        <translation>คอลัมน์ {letter} (ไม่มีชื่อคอลัมน์)</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>ต้องระบุข้อมูล</translation>
    </message>
    <message>
        <source>Already in the database.</source>
        <translation>มีข้อมูลนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>Same as row {row} of this file.</source>
        <translation>ซ้ำกับแถวที่ {row} ของไฟล์นี้</translation>
    </message>
    <message>
        <source>An enterprise in Thailand cannot have another country.</source>
        <translation>สถานประกอบการในประเทศไม่สามารถระบุประเทศอื่นได้</translation>
    </message>
    <message>
        <source>Write the country of an enterprise abroad.</source>
        <translation>กรุณาระบุประเทศของสถานประกอบการในต่างประเทศ</translation>
    </message>
    <message>
        <source>A province is only for an enterprise in Thailand.</source>
        <translation>ระบุจังหวัดได้เฉพาะสถานประกอบการในประเทศไทย</translation>
    </message>
    <message>
        <source>No student of this college has this student code. Import the students first.</source>
        <translation>ไม่พบนักเรียนนักศึกษาของสถานศึกษานี้ที่มีรหัสนี้ โปรดนำเข้าข้อมูลนักเรียนนักศึกษาก่อน</translation>
    </message>
    <message>
        <source>Several students of this college have this student code. Use the form.</source>
        <translation>มีนักเรียนนักศึกษาของสถานศึกษานี้ใช้รหัสนี้มากกว่าหนึ่งคน โปรดบันทึกผ่านแบบฟอร์ม</translation>
    </message>
    <message>
        <source>No teacher of the student&apos;s college has this name.</source>
        <translation>ไม่พบครูชื่อนี้ในสถานศึกษาของนักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>Several teachers of the student&apos;s college have this name. Use the form.</source>
        <translation>มีครูชื่อนี้ในสถานศึกษาของนักเรียนนักศึกษามากกว่าหนึ่งคน โปรดบันทึกผ่านแบบฟอร์ม</translation>
    </message>
    <message>
        <source>A placement cannot end before it starts.</source>
        <translation>วันสิ้นสุดการฝึกต้องไม่อยู่ก่อนวันเริ่มฝึก</translation>
    </message>
    <message>
        <source>{count} enterprises have this name. Give them different names first.</source>
        <translation>มีสถานประกอบการชื่อนี้ {count} แห่ง โปรดแก้ไขให้ชื่อไม่ซ้ำกันก่อน</translation>
    </message>
    <message>
        <source>No enterprise with this name is in the database. Import the enterprises first.</source>
        <translation>ไม่พบสถานประกอบการชื่อนี้ในฐานข้อมูล โปรดนำเข้าข้อมูลสถานประกอบการก่อน</translation>
    </message>
    <message>
        <source>No excellent subject has this name.</source>
        <translation>ไม่พบสาขาวิชาที่มีความเป็นเลิศชื่อนี้</translation>
    </message>
    <message>
        <source>{count} colleges have this name. Write the college code instead.</source>
        <translation>มีสถานศึกษาชื่อนี้ {count} แห่ง กรุณาระบุรหัสสถานศึกษาแทน</translation>
    </message>
    <message>
        <source>No college with this name or code is in the database. Import the colleges first.</source>
        <translation>ไม่พบสถานศึกษาที่มีชื่อหรือรหัสนี้ในระบบ กรุณานำเข้าข้อมูลสถานศึกษาก่อน</translation>
    </message>
    <message>
        <source>A student code is only for a student or a graduate.</source>
        <translation>รหัสนักเรียนใช้เฉพาะกับนักเรียนนักศึกษาหรือผู้สำเร็จการศึกษาเท่านั้น</translation>
    </message>
    <message>
        <source>{count} teachers of this college have this name.</source>
        <translation>สถานศึกษานี้มีครูชื่อนี้ {count} คน</translation>
    </message>
    <message>
        <source>No teacher of this college has this name. Import the teachers first.</source>
        <translation>ไม่พบครูชื่อนี้ในสถานศึกษานี้ กรุณานำเข้าข้อมูลครูก่อน</translation>
    </message>
    <message>
        <source>No student of this college has this student code.</source>
        <translation>ไม่พบนักเรียนนักศึกษาที่มีรหัสนี้ในสถานศึกษานี้</translation>
    </message>
    <message>
        <source>{count} students of this college have this student code.</source>
        <translation>สถานศึกษานี้มีนักเรียนนักศึกษาที่ใช้รหัสนี้ {count} คน</translation>
    </message>
    <message>
        <source>This student code belongs to a student of another name.</source>
        <translation>รหัสนักเรียนนี้เป็นของนักเรียนนักศึกษาที่มีชื่ออื่น</translation>
    </message>
    <message>
        <source>{count} students of this college have this name. Write the student code.</source>
        <translation>สถานศึกษานี้มีนักเรียนนักศึกษาชื่อนี้ {count} คน กรุณาระบุรหัสนักเรียน</translation>
    </message>
    <message>
        <source>No student of this college has this name. Import the students first.</source>
        <translation>ไม่พบนักเรียนนักศึกษาชื่อนี้ในสถานศึกษานี้ กรุณานำเข้าข้อมูลนักเรียนนักศึกษาก่อน</translation>
    </message>
    <message>
        <source>{count} certification centers have this name.</source>
        <translation>มีศูนย์ประเมินหรือศูนย์ทดสอบชื่อนี้ {count} แห่ง</translation>
    </message>
    <message>
        <source>No certification center with this name is recorded. Record it first.</source>
        <translation>ไม่พบศูนย์ประเมินหรือศูนย์ทดสอบชื่อนี้ในระบบ กรุณาบันทึกศูนย์ก่อน</translation>
    </message>
    <message>
        <source>Only a passed result has a certificate number.</source>
        <translation>เลขที่หนังสือรับรองใช้ได้เฉพาะผลการประเมินที่ผ่านเท่านั้น</translation>
    </message>
    <message>
        <source>This certificate number was given to a result that has been deleted; a certificate number is never used twice.</source>
        <translation>เลขที่หนังสือรับรองนี้เคยใช้กับผลการประเมินที่ถูกลบไปแล้ว เลขที่หนังสือรับรองใช้ซ้ำไม่ได้</translation>
    </message>
    <message>
        <source>This certificate number is already recorded for another result.</source>
        <translation>เลขที่หนังสือรับรองนี้บันทึกไว้แล้วกับผลการประเมินรายการอื่น</translation>
    </message>
    <message>
        <source>An earlier row of this file has this certificate number.</source>
        <translation>เลขที่หนังสือรับรองนี้ซ้ำกับแถวก่อนหน้าในไฟล์เดียวกัน</translation>
    </message>
    <message>
        <source>The end date is before the signing date.</source>
        <translation>วันที่สิ้นสุดอยู่ก่อนวันที่ลงนาม</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>ข้อความยาวเกินไป ระบุได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>Write a whole number, for example 12.</source>
        <translation>กรุณาระบุเป็นจำนวนเต็ม เช่น 12</translation>
    </message>
    <message>
        <source>The number must be from {low} to {high}.</source>
        <translation>ตัวเลขต้องอยู่ระหว่าง {low} ถึง {high}</translation>
    </message>
    <message>
        <source>Write a fiscal year in B.E., for example 2569.</source>
        <translation>กรุณาระบุปีงบประมาณเป็นปีพุทธศักราช เช่น 2569</translation>
    </message>
    <message>
        <source>The year of this date is out of range: check the year.</source>
        <translation>ปีของวันที่นี้อยู่นอกช่วงที่รับได้ กรุณาตรวจสอบปี</translation>
    </message>
    <message>
        <source>Write a date as day/month/year, for example 1/10/2568.</source>
        <translation>กรุณาระบุวันที่ในรูปแบบ วัน/เดือน/ปี เช่น 1/10/2568</translation>
    </message>
    <message>
        <source>Write ใช่ or ไม่ใช่ (yes or no).</source>
        <translation>กรุณาระบุ ใช่ หรือ ไม่ใช่</translation>
    </message>
    <message>
        <source>Unknown value; use one of: {choices}.</source>
        <translation>ไม่รู้จักค่านี้ กรุณาใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>Write only one phone number in this column.</source>
        <translation>กรุณาระบุหมายเลขโทรศัพท์เพียงหมายเลขเดียวในคอลัมน์นี้</translation>
    </message>
    <message>
        <source>This is not an email address, for example name@example.com.</source>
        <translation>รูปแบบอีเมลไม่ถูกต้อง ตัวอย่างเช่น name@example.com</translation>
    </message>
    <message>
        <source>No run of this curriculum starts on this date. Add the run first.</source>
        <translation>ไม่มีรุ่นของหลักสูตรนี้ที่เริ่มในวันที่นี้ กรุณาเพิ่มรุ่นการอบรมก่อน</translation>
    </message>
    <message>
        <source>{count} runs of this curriculum start on this date. Enrol in the form.</source>
        <translation>หลักสูตรนี้มี {count} รุ่นที่เริ่มในวันที่นี้ กรุณาลงทะเบียนผ่านแบบฟอร์ม</translation>
    </message>
    <message>
        <source>No teacher of this name is in this college. Import the teachers first.</source>
        <translation>ไม่พบครูชื่อนี้ในสถานศึกษานี้ กรุณานำเข้าข้อมูลครูก่อน</translation>
    </message>
    <message>
        <source>{count} teachers of this college have this name. Enrol in the form.</source>
        <translation>สถานศึกษานี้มีครูชื่อนี้ {count} คน กรุณาลงทะเบียนผ่านแบบฟอร์ม</translation>
    </message>
    <message>
        <source>This college is not in this center&apos;s network.</source>
        <translation>สถานศึกษานี้ไม่อยู่ในเครือข่ายของศูนย์นี้</translation>
    </message>
    <message>
        <source>The run is full: it has as many teachers enrolled as its capacity.</source>
        <translation>รุ่นนี้เต็มแล้ว มีครูลงทะเบียนครบตามจำนวนที่รับ</translation>
    </message>
    <message>
        <source>More hours than the curriculum has ({hours}).</source>
        <translation>จำนวนชั่วโมงเกินกว่าที่หลักสูตรกำหนด ({hours} ชั่วโมง)</translation>
    </message>
    <message>
        <source>A teacher who attended no hours cannot have completed the training.</source>
        <translation>ครูที่ไม่มีชั่วโมงเข้าอบรมจะบันทึกว่าผ่านการอบรมไม่ได้</translation>
    </message>
    <message>
        <source>This certificate number is already given to another enrolment.</source>
        <translation>เลขที่วุฒิบัตรนี้ใช้กับการลงทะเบียนอื่นแล้ว</translation>
    </message>
    <message>
        <source>This name title is not in the list.</source>
        <translation>คำนำหน้าชื่อนี้ไม่อยู่ในรายการที่กำหนด</translation>
    </message>
    <message>
        <source>Not a valid national ID number: check the 13 digits.</source>
        <translation>เลขประจำตัวประชาชนไม่ถูกต้อง โปรดตรวจสอบตัวเลขทั้ง 13 หลัก</translation>
    </message>
    <message>
        <source>{count} short courses have this title. Give them different titles.</source>
        <translation>มีหลักสูตรระยะสั้น {count} หลักสูตรที่ใช้ชื่อนี้ โปรดตั้งชื่อให้แตกต่างกันก่อน</translation>
    </message>
    <message>
        <source>No short course with this title is in the database.</source>
        <translation>ไม่พบหลักสูตรระยะสั้นชื่อนี้ในฐานข้อมูล</translation>
    </message>
    <message>
        <source>This short course has no run starting on this date.</source>
        <translation>หลักสูตรระยะสั้นนี้ไม่มีรุ่นที่เริ่มในวันที่นี้</translation>
    </message>
    <message>
        <source>No run of this course starting on this date is held by this college.</source>
        <translation>สถานศึกษานี้ไม่มีรุ่นของหลักสูตรนี้ที่เริ่มในวันที่นี้</translation>
    </message>
    <message>
        <source>Several runs of this course start on this date. Write the college that holds it.</source>
        <translation>หลักสูตรนี้มีหลายรุ่นที่เริ่มในวันที่นี้ โปรดระบุสถานศึกษาที่จัดการฝึกอบรม</translation>
    </message>
    <message>
        <source>No student with this code is recorded at the college of the run.</source>
        <translation>ไม่พบนักเรียนรหัสนี้ในสถานศึกษาที่จัดการฝึกอบรมรุ่นนี้</translation>
    </message>
    <message>
        <source>At this level the year of study is from 1 to {last}.</source>
        <translation>ชั้นปีของระดับนี้ต้องอยู่ระหว่าง 1 ถึง {last}</translation>
    </message>
    <message>
        <source>Special needs or the equity-fund scholarship are given without the basis for holding them: fill the basis column or leave both empty.</source>
        <translation>มีข้อมูลความต้องการพิเศษหรือทุน กสศ. แต่ไม่ได้ระบุฐานในการเก็บข้อมูล โปรดกรอกคอลัมน์ฐานในการเก็บข้อมูลอ่อนไหว หรือเว้นว่างทั้งสองคอลัมน์</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Check the file before saving</source>
        <translation>ตรวจสอบไฟล์ก่อนบันทึก</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ไฟล์: {name}</translation>
    </message>
    <message>
        <source>New rows to add: {count}</source>
        <translation>รายการใหม่ที่จะเพิ่ม: {count} รายการ</translation>
    </message>
    <message>
        <source>Rows already in the database (skipped): {count}</source>
        <translation>รายการที่มีอยู่ในฐานข้อมูลแล้ว (ข้าม): {count} รายการ</translation>
    </message>
    <message>
        <source>Rows with errors: {count}</source>
        <translation>รายการที่มีข้อผิดพลาด: {count} รายการ</translation>
    </message>
    <message>
        <source>Rows with errors: none</source>
        <translation>รายการที่มีข้อผิดพลาด: ไม่มี</translation>
    </message>
    <message>
        <source>Columns that will not be imported: {columns}</source>
        <translation>คอลัมน์ที่จะไม่นำเข้า: {columns}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ทั้งแถว)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Correct the errors in the file, then import it again.</source>
        <translation>กรุณาแก้ไขข้อผิดพลาดในไฟล์ แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>New indicator</source>
        <translation>เพิ่มตัวชี้วัด</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>แก้ไขตัวชี้วัด</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>รหัส (&amp;O):</translation>
    </message>
    <message>
        <source>S&amp;tandard:</source>
        <translation>มาตรฐาน (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>ตัวชี้วัด (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>ค่าน้ำหนัก (&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;cale (highest score):</source>
        <translation>ระดับคะแนน (คะแนนสูงสุด) (&amp;C):</translation>
    </message>
    <message>
        <source>Scoring &amp;rule:</source>
        <translation>เกณฑ์การให้คะแนน (&amp;R):</translation>
    </message>
    <message>
        <source>How a college earns each score, one line per score, for example
5 = every network college did it
1 = none did</source>
        <translation>ระบุเกณฑ์ที่สถานศึกษาจะได้รับคะแนนแต่ละระดับ บรรทัดละหนึ่งระดับ ตัวอย่างเช่น
5 = สถานศึกษาเครือข่ายทุกแห่งดำเนินการแล้ว
1 = ไม่มีสถานศึกษาใดดำเนินการ</translation>
    </message>
    <message>
        <source>A college&apos;s weighted total adds, for each indicator, the weight times the score divided by the scale.</source>
        <translation>คะแนนรวมถ่วงน้ำหนักของสถานศึกษาคำนวณจากผลรวมของทุกตัวชี้วัด โดยนำค่าน้ำหนักคูณคะแนนที่ได้ แล้วหารด้วยคะแนนสูงสุดของตัวชี้วัดนั้น</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators and analysis</source>
        <translation>ตัวชี้วัดและผลการวิเคราะห์</translation>
    </message>
    <message>
        <source>Delete the indicator {code}? Its {count} scores in the colleges&apos; reports are deleted with it.</source>
        <translation>ต้องการลบตัวชี้วัด {code} หรือไม่ คะแนนของตัวชี้วัดนี้ในรายงานของสถานศึกษาจำนวน {count} รายการจะถูกลบไปด้วย</translation>
    </message>
    <message>
        <source>Delete the indicator {code}?</source>
        <translation>ต้องการลบตัวชี้วัด {code} หรือไม่</translation>
    </message>
    <message>
        <source>Self-assessment indicators and analysis</source>
        <translation>ตัวชี้วัดการประเมินตนเองและผลการวิเคราะห์</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>ปีงบประมาณ (&amp;F):</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Analysis of the year</source>
        <translation>ผลการวิเคราะห์ประจำปี</translation>
    </message>
    <message>
        <source>&amp;Add indicator…</source>
        <translation>เพิ่มตัวชี้วัด (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Scores per indicator across the network</source>
        <translation>คะแนนรายตัวชี้วัดของสถานศึกษาในเครือข่าย (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Weakest indicators (lowest mean of the scale)</source>
        <translation>ตัวชี้วัดที่ควรพัฒนา (ค่าเฉลี่ยเทียบคะแนนเต็มต่ำสุด) (&amp;W)</translation>
    </message>
    <message>
        <source>The analysis could not be read. Choose the year again.</source>
        <translation>ไม่สามารถอ่านผลการวิเคราะห์ได้ กรุณาเลือกปีงบประมาณอีกครั้ง</translation>
    </message>
    <message>
        <source>Reading the analysis…</source>
        <translation>กำลังอ่านผลการวิเคราะห์…</translation>
    </message>
    <message>
        <source>No data: no SAR of this fiscal year was received.</source>
        <translation>ไม่มีข้อมูล: ยังไม่ได้รับรายงาน SAR ของปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>SARs received: {count} · no SAR last year to compare with</source>
        <translation>ได้รับรายงาน SAR {count} ฉบับ · ไม่มีรายงาน SAR ของปีที่แล้วสำหรับเปรียบเทียบ</translation>
    </message>
    <message>
        <source>SARs received: {count} · last year: {previous}</source>
        <translation>ได้รับรายงาน SAR {count} ฉบับ · ปีที่แล้ว {previous} ฉบับ</translation>
    </message>
</context>
<context>
    <name>InstallationPage</name>
    <message>
        <source>This installation</source>
        <translation>ข้อมูลการติดตั้ง</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>นับใหม่</translation>
    </message>
    <message>
        <source>Count the rows of every table again</source>
        <translation>นับจำนวนรายการในทุกตารางใหม่</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>ชื่อสถานที่ติดตั้ง</translation>
    </message>
    <message>
        <source>Kind of site</source>
        <translation>ประเภทสถานที่ติดตั้ง</translation>
    </message>
    <message>
        <source>Site identifier (UUID)</source>
        <translation>รหัสประจำสถานที่ติดตั้ง (UUID)</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>รหัสลายนิ้วมือกุญแจ (Key ID)</translation>
    </message>
    <message>
        <source>Database schema revision</source>
        <translation>รุ่นโครงสร้างฐานข้อมูล</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Rows per table (counting…)</source>
        <translation>จำนวนรายการในแต่ละตาราง (กำลังนับ…)</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>จำนวนรายการในแต่ละตาราง</translation>
    </message>
    <message>
        <source>What the table holds</source>
        <translation>ข้อมูลที่จัดเก็บ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>ตาราง</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>จำนวนรายการ</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>ยังไม่ได้ตั้งค่า</translation>
    </message>
</context>
<context>
    <name>InternshipsPage</name>
    <message>
        <source>Daily logs, visits and incidents of the selected internship</source>
        <translation>บันทึกประจำวัน การนิเทศ และเหตุการณ์ของการฝึกประสบการณ์ที่เลือก</translation>
    </message>
</context>
<context>
    <name>KnowledgeBankPage</name>
    <message>
        <source>Knowledge bank</source>
        <translation>คลังปัญญาอาชีวศึกษา</translation>
    </message>
    <message>
        <source>Vocational knowledge bank (manual 1.4)</source>
        <translation>คลังปัญญาอาชีวศึกษา (คู่มือ 1.4)</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>The figures could not be read. Open the page again.</source>
        <translation>ไม่สามารถอ่านข้อมูลได้ กรุณาเปิดหน้านี้อีกครั้ง</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>กำลังอ่านข้อมูล…</translation>
    </message>
    <message>
        <source>Colleges with all four components in place: {complete} of {colleges}</source>
        <translation>สถานศึกษาที่มีองค์ประกอบครบทั้ง 4 ด้าน: {complete} จาก {colleges} แห่ง</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ยังไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>KpiCatalogue</name>
    <message>
        <source>Target titles in English</source>
        <translation>ชื่อเป้าหมายภาษาไทย</translation>
    </message>
    <message>
        <source>This target is not in the catalogue.</source>
        <translation>ไม่พบเป้าหมายนี้ในบัญชีเป้าหมาย</translation>
    </message>
    <message>
        <source>The fiscal year must be a Buddhist Era year between {first} and {last}.</source>
        <translation>ปีงบประมาณต้องเป็นปีพุทธศักราช ระหว่าง พ.ศ. {first} ถึง พ.ศ. {last}</translation>
    </message>
    <message>
        <source>This target is met when its record exists; it has no value to change.</source>
        <translation>เป้าหมายนี้ถือว่าบรรลุเมื่อมีหลักฐานการดำเนินการ จึงไม่มีค่าเป้าหมายให้แก้ไข</translation>
    </message>
    <message>
        <source>The target must be a number.</source>
        <translation>ค่าเป้าหมายต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>ค่าเป้าหมายต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>A percentage target cannot be more than 100.</source>
        <translation>ค่าเป้าหมายที่เป็นร้อยละต้องไม่เกิน 100</translation>
    </message>
    <message>
        <source>This target is a count: it must be a whole number.</source>
        <translation>เป้าหมายนี้เป็นจำนวนนับ ต้องระบุเป็นจำนวนเต็ม</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <source>yes</source>
        <translation>มี</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Goal {value}</source>
        <translation>เป้าหมาย {value}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Fiscal year (B.E.)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
</context>
<context>
    <name>KpiTargetsDialog</name>
    <message>
        <source>record exists</source>
        <translation>มีการบันทึกข้อมูล</translation>
    </message>
    <message>
        <source>Adjust the targets</source>
        <translation>ปรับค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>Targets of fiscal year {year}</source>
        <translation>เป้าหมายประจำปีงบประมาณ {year}</translation>
    </message>
    <message>
        <source>Type the value that applies this year in the &quot;This year&quot; column. Targets of the manual can be changed too; &quot;Restore default&quot; gives a target its catalogue value again. Nothing is saved until you press Save.</source>
        <translation>กรอกค่าเป้าหมายที่ใช้ในปีนี้ในช่อง &quot;ปีนี้&quot; เป้าหมายตามคู่มือก็ปรับได้เช่นกัน ปุ่ม &quot;คืนค่าเริ่มต้น&quot; จะคืนค่าเป้าหมายตามบัญชีเป้าหมาย ระบบจะยังไม่บันทึกจนกว่าจะกดปุ่มบันทึก</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>ปีนี้</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>สถานะค่า</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>คืนค่าเริ่มต้น (&amp;R)</translation>
    </message>
    <message>
        <source>Give the selected target its catalogue value again (Ctrl+R)</source>
        <translation>คืนค่าเป้าหมายที่เลือกเป็นค่าตามบัญชีเป้าหมาย (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>ตามคู่มือ</translation>
    </message>
    <message>
        <source>Proposed default</source>
        <translation>ค่าเสนอแนะเริ่มต้น</translation>
    </message>
    <message>
        <source>{activity} {title}</source>
        <translation>{activity} {title}</translation>
    </message>
    <message>
        <source>A percentage from 0 to 100</source>
        <translation>ร้อยละ ตั้งแต่ 0 ถึง 100</translation>
    </message>
    <message>
        <source>A whole number, 0 or more</source>
        <translation>จำนวนเต็มตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>This target is met when its record exists.</source>
        <translation>เป้าหมายนี้บรรลุเมื่อมีการบันทึกข้อมูลดังกล่าว</translation>
    </message>
    <message>
        <source>default on save</source>
        <translation>คืนค่าเริ่มต้นเมื่อบันทึก</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>ปรับแล้ว</translation>
    </message>
    <message>
        <source>default</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>The target &quot;{target}&quot; was not saved: {reason}</source>
        <translation>ไม่สามารถบันทึกเป้าหมาย &quot;{target}&quot; ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>LateReportsPanel</name>
    <message>
        <source>Teacher</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>กำหนดส่งรายงาน</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>วันที่ได้รับรายงาน</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>ล่าช้า (วัน)</translation>
    </message>
    <message>
        <source>Show overdue reports</source>
        <translation>แสดงรายงานที่เลยกำหนดส่ง</translation>
    </message>
    <message>
        <source>Show reports received late</source>
        <translation>แสดงรายงานที่ส่งล่าช้า</translation>
    </message>
    <message>
        <source>The reports could not be checked.</source>
        <translation>ไม่สามารถตรวจสอบรายงานได้</translation>
    </message>
    <message>
        <source>Checking the final reports…</source>
        <translation>กำลังตรวจสอบรายงานผลการฝึกประสบการณ์…</translation>
    </message>
    <message>
        <source>Late and overdue reports: {count}</source>
        <translation>รายงานที่ส่งล่าช้าและเลยกำหนดส่ง: {count} รายการ</translation>
    </message>
    <message>
        <source>Every final report came within 15 days of the end.</source>
        <translation>รายงานผลการฝึกประสบการณ์ทุกฉบับส่งภายใน 15 วันหลังสิ้นสุดการปฏิบัติงาน</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>ยังไม่ได้รับ</translation>
    </message>
</context>
<context>
    <name>ListDescribe</name>
    <message>
        <source>CVM center</source>
        <translation>ศูนย์ CVM</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>สาขาวิชาที่มีความเป็นเลิศ</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>Teacher-training curriculum</source>
        <translation>หลักสูตรพัฒนาครู</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>รุ่นการอบรม</translation>
    </message>
    <message>
        <source>Teacher internship</source>
        <translation>การฝึกประสบการณ์ของครูในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Unit of competency</source>
        <translation>หน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>Short course</source>
        <translation>หลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Short-course run</source>
        <translation>รุ่นของหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Certification or test center</source>
        <translation>ศูนย์ประเมินหรือศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>รอบการประเมิน</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>ผู้เรียน</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>การฝึกงานหรือฝึกอาชีพ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Fiscal year B.E. {year}</source>
        <translation>ปีงบประมาณ พ.ศ. {year}</translation>
    </message>
    <message>
        <source>{filter}: {value}</source>
        <translation>{filter}: {value}</translation>
    </message>
    <message>
        <source>a record no longer recorded</source>
        <translation>รายการที่ไม่มีในฐานข้อมูลแล้ว</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Network colleges</source>
        <translation>สถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Workforce demand</source>
        <translation>ความต้องการกำลังคน</translation>
    </message>
    <message>
        <source>Agreements (MOU/MOA)</source>
        <translation>บันทึกข้อตกลงความร่วมมือ (MOU/MOA)</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>รายชื่อกรรมการ</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>Skill gaps</source>
        <translation>ช่องว่างทักษะของครู</translation>
    </message>
    <message>
        <source>Teacher-training curricula</source>
        <translation>หลักสูตรพัฒนาครู</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>รุ่นการอบรม</translation>
    </message>
    <message>
        <source>Training enrolments</source>
        <translation>ผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <source>Teacher internships</source>
        <translation>การฝึกประสบการณ์ของครูในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Daily logs</source>
        <translation>บันทึกการปฏิบัติงานประจำวัน</translation>
    </message>
    <message>
        <source>Supervision visits</source>
        <translation>การนิเทศ</translation>
    </message>
    <message>
        <source>Safety incidents</source>
        <translation>เหตุการณ์ด้านความปลอดภัย</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>TPQI units of competency</source>
        <translation>หน่วยสมรรถนะ (สคช.)</translation>
    </message>
    <message>
        <source>Curriculum courses and their units of competency</source>
        <translation>รายวิชาในหลักสูตรและหน่วยสมรรถนะที่เทียบ</translation>
    </message>
    <message>
        <source>Short courses</source>
        <translation>หลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Short-course runs</source>
        <translation>รุ่นของหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Short-course trainees</source>
        <translation>ผู้เข้ารับการฝึกอบรมหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Certification and test centers</source>
        <translation>ศูนย์ประเมินและศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation>รอบการประเมิน</translation>
    </message>
    <message>
        <source>Certification results</source>
        <translation>ผลการประเมินและการรับรอง</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>ผู้เรียน</translation>
    </message>
    <message>
        <source>Safety training and rights orientation</source>
        <translation>การอบรมความปลอดภัยและการปฐมนิเทศเรื่องสิทธิ</translation>
    </message>
    <message>
        <source>Student placements</source>
        <translation>การฝึกงานและฝึกอาชีพของผู้เรียนในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Incidents and complaints</source>
        <translation>เหตุการณ์และข้อร้องเรียน</translation>
    </message>
    <message>
        <source>Teaching-media contest entries</source>
        <translation>ผลงานส่งประกวดสื่อการสอน</translation>
    </message>
    <message>
        <source>Five-year and annual plans</source>
        <translation>แผนพัฒนา 5 ปีและแผนปฏิบัติการประจำปี</translation>
    </message>
    <message>
        <source>Plan projects</source>
        <translation>โครงการตามแผน</translation>
    </message>
    <message>
        <source>Progress of plan activities</source>
        <translation>ความก้าวหน้าของกิจกรรมตามแผน</translation>
    </message>
    <message>
        <source>Knowledge bank components</source>
        <translation>องค์ประกอบคลังปัญญาอาชีวศึกษา</translation>
    </message>
    <message>
        <source>Policy recommendations</source>
        <translation>ข้อเสนอเชิงนโยบาย</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>ค้นหา (Ctrl+F)</translation>
    </message>
    <message>
        <source>Searching starts after three characters; press Enter to search for one or two.</source>
        <translation>ระบบจะเริ่มค้นหาเมื่อพิมพ์ครบสามตัวอักษร หากต้องการค้นหาด้วยหนึ่งหรือสองตัวอักษร ให้กด Enter</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>นำเข้าจาก Excel/CSV…</translation>
    </message>
    <message>
        <source>Save a blank template…</source>
        <translation>บันทึกแบบฟอร์มเปล่า…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>ส่งออกเป็น Excel…</translation>
    </message>
    <message>
        <source>Print this list… (Ctrl+P)</source>
        <translation>พิมพ์รายการ… (Ctrl+P)</translation>
    </message>
    <message>
        <source>A PDF of every row the filters and search keep, to preview, save or print</source>
        <translation>จัดทำเอกสาร PDF ของทุกรายการตามตัวกรองและคำค้นที่เลือก เพื่อดูตัวอย่าง บันทึก หรือสั่งพิมพ์</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>เพิ่ม (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>แก้ไข (Enter)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>ลบ (Del)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>เลิกทำ (Ctrl+Z)</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <source>{count} rows · filtered</source>
        <translation>{count} รายการ · กรองแล้ว</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} รายการ</translation>
    </message>
    <message>
        <source>Filtered by: {filters}</source>
        <translation>กรองตาม: {filters}</translation>
    </message>
    <message>
        <source>Filtered from another screen</source>
        <translation>กรองจากหน้าจออื่น</translation>
    </message>
    <message>
        <source>Import {list} from Excel or CSV</source>
        <translation>นำเข้าข้อมูล{list}จาก Excel หรือ CSV</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>ไฟล์ตารางข้อมูล (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>กำลังตรวจสอบ {name}…</translation>
    </message>
    <message>
        <source>Saving the imported rows…</source>
        <translation>กำลังบันทึกรายการที่นำเข้า…</translation>
    </message>
    <message>
        <source>Rows added: {created}. Rows already in the database: {skipped}.</source>
        <translation>เพิ่มรายการใหม่ {created} รายการ มีอยู่ในฐานข้อมูลแล้ว {skipped} รายการ</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save a blank template for {list}</source>
        <translation>บันทึกแบบฟอร์มเปล่าสำหรับ{list}</translation>
    </message>
    <message>
        <source>Export {list} to Excel</source>
        <translation>ส่งออกข้อมูล{list}เป็น Excel</translation>
    </message>
    <message>
        <source>Exporting {list}…</source>
        <translation>กำลังส่งออกข้อมูล{list}…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>บันทึก {name} เรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>Delete the selected record? Ctrl+Z brings it back.</source>
        <translation>ต้องการลบรายการที่เลือกหรือไม่ (กด Ctrl+Z เพื่อเรียกคืนได้)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>ListReport</name>
    <message>
        <source>There are no records that match.</source>
        <translation>ไม่มีข้อมูลตามเงื่อนไขที่กำหนด</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>This list cannot be filtered that way.</source>
        <translation>รายการข้อมูลนี้ไม่สามารถกรองตามเงื่อนไขที่กำหนดได้</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>ตัวกรอง: {filters}</translation>
    </message>
    <message>
        <source>No filters</source>
        <translation>ไม่มีตัวกรอง</translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation>คำค้น: “{text}”</translation>
    </message>
    <message>
        <source>{count} records, as of {day}</source>
        <translation>จำนวน {count} รายการ ข้อมูล ณ วันที่ {day}</translation>
    </message>
    <message>
        <source>Choose which list to print.</source>
        <translation>โปรดเลือกรายการข้อมูลที่ต้องการพิมพ์</translation>
    </message>
    <message>
        <source>Printed list</source>
        <translation>รายการข้อมูล</translation>
    </message>
    <message>
        <source>Any list of the program as a table: the rows the list&apos;s filters and search keep, with the filters stated.</source>
        <translation>พิมพ์รายการข้อมูลใดก็ได้ของโปรแกรมเป็นตาราง เฉพาะรายการตามตัวกรองและคำค้นที่เลือก พร้อมระบุเงื่อนไขการกรอง</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>College code</source>
        <translation>รหัสสถานศึกษา</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ที่ตั้ง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ประเภทกิจการ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>ผู้ดูแลในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>วันที่เริ่ม</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>กำหนดส่งรายงาน</translation>
    </message>
    <message>
        <source>Report received on</source>
        <translation>วันที่ได้รับรายงาน</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>รายงานผลการฝึกประสบการณ์</translation>
    </message>
    <message>
        <source>Daily logs</source>
        <translation>บันทึกประจำวัน</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>การนิเทศ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>งานที่ปฏิบัติ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>จำนวนชั่วโมง</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>วันที่กำหนดนิเทศ</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>วันที่นิเทศ</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>ผู้นิเทศ</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>ผลการประเมิน (1-5)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ผลการนิเทศ</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>วันที่เกิดเหตุ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>วันที่รายงานผู้บังคับบัญชา</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>จำนวนที่ต้องการ (อัตรา)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Licence or accreditation number</source>
        <translation>เลขที่ใบอนุญาตหรือหนังสือรับรอง</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>ขอบข่าย</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>วันเริ่มการรับรอง</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>วันสิ้นอายุการรับรอง</translation>
    </message>
    <message>
        <source>Certification center</source>
        <translation>ศูนย์ประเมิน/ศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>Occupational standard</source>
        <translation>มาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>จำนวนที่นั่ง</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลการประเมิน (ราย)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ผู้เข้ารับการประเมิน</translation>
    </message>
    <message>
        <source>Center type</source>
        <translation>ประเภทศูนย์</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>เลขที่วุฒิบัตร</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Dual system</source>
        <translation>ระบบทวิภาคี</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>วันที่แต่งตั้ง</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>จำนวนกรรมการ</translation>
    </message>
    <message>
        <source>Name title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>วันที่ประชุม</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>ประเภทการประชุม</translation>
    </message>
    <message>
        <source>Revision started</source>
        <translation>เริ่มปรับปรุงหลักสูตร</translation>
    </message>
    <message>
        <source>Reviewed with enterprises</source>
        <translation>วิพากษ์หลักสูตรร่วมกับสถานประกอบการ</translation>
    </message>
    <message>
        <source>Approved by the college board</source>
        <translation>ผ่านความเห็นชอบของคณะกรรมการสถานศึกษา</translation>
    </message>
    <message>
        <source>Submitted to the Office of the Vocational Education Commission</source>
        <translation>เสนอสำนักงานคณะกรรมการการอาชีวศึกษา</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>ได้รับอนุมัติ</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>สาขาวิชาที่มีความเป็นเลิศ</translation>
    </message>
    <message>
        <source>Edition (B.E.)</source>
        <translation>ฉบับปี (พ.ศ.)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อการประชุม</translation>
    </message>
    <message>
        <source>Curriculum title</source>
        <translation>ชื่อหลักสูตร</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>การปรับปรุงหลักสูตร</translation>
    </message>
    <message>
        <source>Latest step</source>
        <translation>ขั้นตอนล่าสุด</translation>
    </message>
    <message>
        <source>Latest step on</source>
        <translation>วันที่ของขั้นตอนล่าสุด</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>วันที่อนุมัติ</translation>
    </message>
    <message>
        <source>Mapped courses</source>
        <translation>รายวิชาที่เทียบโอน</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>รหัสหน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>Unit of competency</source>
        <translation>หน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>TPQI level</source>
        <translation>ระดับคุณวุฒิวิชาชีพ</translation>
    </message>
    <message>
        <source>Occupation standard</source>
        <translation>มาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>รหัสวิชา</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>ชื่อวิชา</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>รัฐ</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>เอกชน</translation>
    </message>
    <message>
        <source>CVM center (host college)</source>
        <translation>ศูนย์ CVM (สถานศึกษาแม่ข่าย)</translation>
    </message>
    <message>
        <source>Excellent Center group</source>
        <translation>กลุ่มความเป็นเลิศ (Excellent Center)</translation>
    </message>
    <message>
        <source>Expert group</source>
        <translation>กลุ่มเชี่ยวชาญเฉพาะ (Expert)</translation>
    </message>
    <message>
        <source>Standard group</source>
        <translation>กลุ่มทั่วไป (Standard)</translation>
    </message>
    <message>
        <source>In Thailand</source>
        <translation>ในประเทศ</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>ต่างประเทศ</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>รายย่อย</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>ขนาดย่อม</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ขนาดกลาง</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>ขนาดใหญ่</translation>
    </message>
    <message>
        <source>Vocational Certificate</source>
        <translation>ปวช.</translation>
    </message>
    <message>
        <source>Higher Vocational Certificate</source>
        <translation>ปวส.</translation>
    </message>
    <message>
        <source>Bachelor of Technology</source>
        <translation>ทล.บ.</translation>
    </message>
    <message>
        <source>Short course</source>
        <translation>ระยะสั้น</translation>
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
        <translation>มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>In use, not under revision</source>
        <translation>ใช้อยู่ ยังไม่ปรับปรุง</translation>
    </message>
    <message>
        <source>Being revised</source>
        <translation>อยู่ระหว่างปรับปรุง</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>เสนอขออนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Revision approved</source>
        <translation>อนุมัติการปรับปรุงแล้ว</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>New Skill (ทักษะใหม่)</translation>
    </message>
    <message>
        <source>Up-skill</source>
        <translation>Up-Skill (ยกระดับทักษะ)</translation>
    </message>
    <message>
        <source>Re-skill</source>
        <translation>Re-Skill (ปรับทักษะ)</translation>
    </message>
    <message>
        <source>Student (Vocational Cert. year 3 / Higher Cert. year 2)</source>
        <translation>นักเรียน นักศึกษา (ปวช.3 / ปวส.2)</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>ผู้สำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>Unemployed person</source>
        <translation>ผู้ว่างงาน</translation>
    </message>
    <message>
        <source>Member of the public</source>
        <translation>ประชาชนทั่วไป</translation>
    </message>
    <message>
        <source>TPQI competency assessment center</source>
        <translation>ศูนย์ประเมินสมรรถนะบุคคล (สคช.)</translation>
    </message>
    <message>
        <source>DSD skill-standard test center</source>
        <translation>ศูนย์ทดสอบมาตรฐานฝีมือแรงงาน (กพร.)</translation>
    </message>
    <message>
        <source>International test center</source>
        <translation>ศูนย์ทดสอบมาตรฐานสากล</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>เตรียมการ</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>ยื่นขอแล้ว</translation>
    </message>
    <message>
        <source>Accredited or licensed</source>
        <translation>ได้รับการรับรอง/อนุญาตแล้ว</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>นักเรียน นักศึกษา</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Report received on time</source>
        <translation>ส่งรายงานตามกำหนด</translation>
    </message>
    <message>
        <source>Report received late</source>
        <translation>ส่งรายงานล่าช้า</translation>
    </message>
    <message>
        <source>Report overdue</source>
        <translation>เลยกำหนดส่งรายงาน</translation>
    </message>
    <message>
        <source>Report not yet due</source>
        <translation>ยังไม่ถึงกำหนดส่งรายงาน</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>อุบัติเหตุ</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>การล่วงละเมิด</translation>
    </message>
    <message>
        <source>Unpaid or overtime work</source>
        <translation>ไม่ได้รับค่าตอบแทนหรือทำงานเกินเวลา</translation>
    </message>
    <message>
        <source>Unsafe work</source>
        <translation>งานที่ไม่ปลอดภัย</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ข้อร้องเรียน</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดเรื่อง</translation>
    </message>
    <message>
        <source>Being dealt with</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดเรื่องแล้ว</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>วางแผนแล้ว</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังฝึก</translation>
    </message>
    <message>
        <source>Completed placement</source>
        <translation>ฝึกครบแล้ว</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ยกเลิก/ถอนตัว</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>ในระบบ</translation>
    </message>
    <message>
        <source>Non-formal</source>
        <translation>นอกระบบ</translation>
    </message>
    <message>
        <source>Occupational-safety training</source>
        <translation>การอบรมความปลอดภัยในการทำงาน</translation>
    </message>
    <message>
        <source>Orientation on rights and the complaint channel</source>
        <translation>การปฐมนิเทศเรื่องสิทธิและช่องทางร้องเรียน</translation>
    </message>
    <message>
        <source>Five-year development plan</source>
        <translation>แผนพัฒนา 5 ปี</translation>
    </message>
    <message>
        <source>Annual action plan</source>
        <translation>แผนปฏิบัติการประจำปี</translation>
    </message>
    <message>
        <source>Not yet started</source>
        <translation>ยังไม่ดำเนินการ</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>โครงสร้างพื้นฐาน</translation>
    </message>
    <message>
        <source>Learning system</source>
        <translation>ระบบการเรียนรู้</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>ความร่วมมือ</translation>
    </message>
    <message>
        <source>Management system</source>
        <translation>ระบบการบริหารจัดการ</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>ยังไม่เริ่มดำเนินการ</translation>
    </message>
    <message>
        <source>Being developed</source>
        <translation>อยู่ระหว่างพัฒนา</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>มีครบแล้ว</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Acknowledged by the recipient</source>
        <translation>ผู้รับตอบรับแล้ว</translation>
    </message>
    <message>
        <source>Expires within 90 days</source>
        <translation>ใกล้หมดอายุ (ภายใน 90 วัน)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุแล้ว</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>ยังไม่มีผล</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>ฝึกงาน</translation>
    </message>
    <message>
        <source>Dual vocational training</source>
        <translation>ทวิภาคี</translation>
    </message>
    <message>
        <source>Work-based learning (WBL)</source>
        <translation>การเรียนรู้ควบคู่การทำงาน (WBL)</translation>
    </message>
    <message>
        <source>Advisory committee</source>
        <translation>คณะกรรมการที่ปรึกษา</translation>
    </message>
    <message>
        <source>Executive committee</source>
        <translation>คณะกรรมการบริหาร</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธานกรรมการ</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>รองประธานกรรมการ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Member and secretary</source>
        <translation>กรรมการและเลขานุการ</translation>
    </message>
    <message>
        <source>Center executive committee</source>
        <translation>คณะกรรมการบริหารศูนย์</translation>
    </message>
    <message>
        <source>Network college directors</source>
        <translation>ผู้บริหารสถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>บรรลุเป้าหมาย</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>ไม่บรรลุเป้าหมาย</translation>
    </message>
    <message>
        <source>Short-course title</source>
        <translation>หลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Skill track</source>
        <translation>ประเภทการพัฒนาทักษะ</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>ผู้อนุมัติ</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>จำนวนรุ่น</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>ผู้เข้ารับการฝึกอบรม</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>จำนวนที่รับได้</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>สำเร็จการฝึกอบรม</translation>
    </message>
    <message>
        <source>20-trainee target</source>
        <translation>เป้าหมายไม่น้อยกว่า 20 คน</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Trainee group</source>
        <translation>ประเภทผู้เข้ารับการฝึกอบรม</translation>
    </message>
    <message>
        <source>Student code</source>
        <translation>รหัสนักเรียน</translation>
    </message>
    <message>
        <source>Run starts on</source>
        <translation>วันที่เริ่มรุ่น</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>ชั้นปี</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>สาขาวิชา</translation>
    </message>
    <message>
        <source>Mode of study</source>
        <translation>รูปแบบการศึกษา</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>ผู้ให้การอบรม</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>วุฒิการศึกษา</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>สมรรถนะ</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>ระดับปัจจุบัน</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>ระดับเป้าหมาย</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>Partner enterprise</source>
        <translation>สถานประกอบการที่ร่วมจัด</translation>
    </message>
    <message>
        <source>Work-based learning</source>
        <translation>การเรียนรู้ผ่านการทำงาน (WBL)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่จัด</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>รุ่นการอบรม</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>ชั่วโมงที่เข้าอบรม</translation>
    </message>
    <message>
        <source>Placement mode</source>
        <translation>รูปแบบการฝึก</translation>
    </message>
    <message>
        <source>Enterprise trainer</source>
        <translation>ครูฝึก</translation>
    </message>
    <message>
        <source>Supervising teacher</source>
        <translation>ครูนิเทศก์</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>มีเหตุการณ์ที่ยังไม่ยุติ</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>วันที่นิเทศ/กำหนดนิเทศ</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>รายการประกวด</translation>
    </message>
    <message>
        <source>Title of the media</source>
        <translation>ชื่อผลงานสื่อ</translation>
    </message>
    <message>
        <source>From fiscal year</source>
        <translation>ตั้งแต่ปีงบประมาณ</translation>
    </message>
    <message>
        <source>To fiscal year</source>
        <translation>ถึงปีงบประมาณ</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>ประเภทแผน</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>ชื่อแผน</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>วันที่ส่ง</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Responsible college</source>
        <translation>สถานศึกษาที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>วันที่ดำเนินการเสร็จ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>ข้อมูล ณ วันที่</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CVM Director</source>
        <translation>เกี่ยวกับ CVM Director (&amp;A)</translation>
    </message>
    <message>
        <source>Previous fiscal year</source>
        <translation>ปีงบประมาณก่อนหน้า</translation>
    </message>
    <message>
        <source>Next fiscal year</source>
        <translation>ปีงบประมาณถัดไป</translation>
    </message>
    <message>
        <source>Show Thai digits</source>
        <translation>แสดงตัวเลขไทย</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>การแลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>ข้อมูลการติดตั้ง</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>ปีงบประมาณ:</translation>
    </message>
    <message>
        <source>Fiscal year (1 October to 30 September)</source>
        <translation>ปีงบประมาณ (1 ตุลาคม ถึง 30 กันยายน)</translation>
    </message>
    <message>
        <source>{site} · database {path}</source>
        <translation>{site} · ฐานข้อมูล {path}</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>ยังไม่ได้ตั้งค่าสถานที่ติดตั้ง</translation>
    </message>
    <message>
        <source>{year} (current)</source>
        <translation>{year} (ปีปัจจุบัน)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>กำลังทำงาน…</translation>
    </message>
    <message>
        <source>CVM Director {version}</source>
        <translation>CVM Director รุ่น {version}</translation>
    </message>
    <message>
        <source>A desktop program for the directors of Thailand&apos;s vocational CVM centers and their network colleges: the work of the CVM operations manual, area by area, without a network connection.</source>
        <translation>โปรแกรมสำหรับผู้อำนวยการศูนย์บริหารเครือข่ายการผลิตและพัฒนากำลังคนอาชีวศึกษา (ศูนย์ CVM) และสถานศึกษาเครือข่าย ช่วยดำเนินงานตามคู่มือการดำเนินงานศูนย์ CVM ทีละด้าน โดยไม่ต้องเชื่อมต่ออินเทอร์เน็ต</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Same province</source>
        <translation>จังหวัดเดียวกัน</translation>
    </message>
    <message>
        <source>Same region</source>
        <translation>ภาคเดียวกัน</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>ต่างภาค</translation>
    </message>
    <message>
        <source>Enterprise abroad</source>
        <translation>สถานประกอบการในต่างประเทศ</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>ไม่มีบันทึกข้อตกลง</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>สาขาวิชาที่มีความเป็นเลิศ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <source>Positions needed</source>
        <translation>จำนวนที่ต้องการ (อัตรา)</translation>
    </message>
    <message>
        <source>Network planned intake</source>
        <translation>แผนรับของเครือข่าย</translation>
    </message>
    <message>
        <source>Network expected graduates</source>
        <translation>ผู้สำเร็จการศึกษาที่คาดว่าจะจบของเครือข่าย</translation>
    </message>
    <message>
        <source>Colleges</source>
        <translation>จำนวนสถานศึกษา</translation>
    </message>
    <message>
        <source>Seats recorded</source>
        <translation>ที่นั่งที่บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>ยังขาดอยู่</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>ระยะทาง</translation>
    </message>
    <message>
        <source>Planned intake</source>
        <translation>แผนรับ</translation>
    </message>
    <message>
        <source>Expected graduates</source>
        <translation>ผู้ที่คาดว่าจะสำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation>ที่นั่งคงเหลือ</translation>
    </message>
    <message>
        <source>Agreement in force</source>
        <translation>มีบันทึกข้อตกลงที่มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>ประเภทบันทึกข้อตกลง</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Matching (1.3)</source>
        <translation>การจับคู่ความต้องการกับการผลิตกำลังคน (1.3)</translation>
    </message>
    <message>
        <source>Matching enterprise demand with the network&apos;s supply</source>
        <translation>การจับคู่ความต้องการกำลังคนของสถานประกอบการกับการผลิตกำลังคนของเครือข่าย</translation>
    </message>
    <message>
        <source>Compare an enterprise&apos;s workforce demand with the planned intake and expected graduates of the network colleges, then record an agreement or the placement seats the enterprise plans for a college.</source>
        <translation>เปรียบเทียบความต้องการกำลังคนของสถานประกอบการกับแผนรับและจำนวนผู้ที่คาดว่าจะสำเร็จการศึกษาของสถานศึกษาในเครือข่าย แล้วบันทึกเป็นบันทึกข้อตกลงความร่วมมือ หรือบันทึกจำนวนที่นั่งที่สถานประกอบการวางแผนรับนักเรียนนักศึกษาของสถานศึกษา</translation>
    </message>
    <message>
        <source>By enterprise</source>
        <translation>ตามสถานประกอบการ</translation>
    </message>
    <message>
        <source>By college</source>
        <translation>ตามสถานศึกษา</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>สถานประกอบการ (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>ปีงบประมาณ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;College:</source>
        <translation>สถานศึกษา (&amp;C):</translation>
    </message>
    <message>
        <source>Fiscal year of the seats:</source>
        <translation>ปีงบประมาณของที่นั่ง:</translation>
    </message>
    <message>
        <source>Type any part of the name</source>
        <translation>พิมพ์ส่วนใดส่วนหนึ่งของชื่อ</translation>
    </message>
    <message>
        <source>&amp;Demand of the enterprise against the network&apos;s supply</source>
        <translation>ความต้องการของสถานประกอบการเทียบกับการผลิตของเครือข่าย (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Suggested colleges for the selected demand (nearest first)</source>
        <translation>สถานศึกษาที่แนะนำสำหรับความต้องการที่เลือก (เรียงจากใกล้ที่สุด) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Partner enterprises of the college</source>
        <translation>สถานประกอบการที่ร่วมมือกับสถานศึกษา (&amp;P)</translation>
    </message>
    <message>
        <source>Record placement capacity…</source>
        <translation>บันทึกจำนวนที่นั่งรับนักเรียนนักศึกษา…</translation>
    </message>
    <message>
        <source>Record as agreement…</source>
        <translation>บันทึกเป็นบันทึกข้อตกลง…</translation>
    </message>
    <message>
        <source>Enter on a suggested college records placement capacity.</source>
        <translation>กด Enter ที่สถานศึกษาที่แนะนำเพื่อบันทึกจำนวนที่นั่งรับนักเรียนนักศึกษา</translation>
    </message>
</context>
<context>
    <name>MeetingsReport</name>
    <message>
        <source>Meetings of the center&apos;s executive committee</source>
        <translation>การประชุมคณะกรรมการบริหารศูนย์</translation>
    </message>
    <message>
        <source>Meetings of the network college directors</source>
        <translation>การประชุมผู้อำนวยการสถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Meetings with enterprises</source>
        <translation>การประชุมร่วมกับสถานประกอบการในกลุ่มสาขาวิชาชีพ</translation>
    </message>
    <message>
        <source>Meetings of the advisory committee</source>
        <translation>การประชุมคณะกรรมการที่ปรึกษาศูนย์</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>มี</translation>
    </message>
    <message>
        <source>Summary of the meetings</source>
        <translation>สรุปผลการจัดประชุม</translation>
    </message>
    <message>
        <source>In fiscal year B.E. {year} the center held {count} meetings.</source>
        <translation>ในปีงบประมาณ พ.ศ. {year} ศูนย์ฯ จัดประชุมรวมทั้งสิ้น {count} ครั้ง</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} ครั้ง</translation>
    </message>
    <message>
        <source>No meeting was recorded in fiscal year B.E. {year}.</source>
        <translation>ไม่มีการประชุมที่บันทึกไว้ในปีงบประมาณ พ.ศ. {year}</translation>
    </message>
    <message>
        <source>Results against the targets of activity 1.1</source>
        <translation>ผลการดำเนินงานตามตัวชี้วัดของกิจกรรมที่ 1.1</translation>
    </message>
    <message>
        <source>Meetings held in the fiscal year</source>
        <translation>การประชุมในปีงบประมาณ</translation>
    </message>
    <message>
        <source>No meeting of this kind was recorded in the fiscal year.</source>
        <translation>ไม่มีการประชุมประเภทนี้ที่บันทึกไว้ในปีงบประมาณ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่ประชุม</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>ผู้เข้าประชุม (คน)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <source>Committees of the center</source>
        <translation>คณะกรรมการของศูนย์</translation>
    </message>
    <message>
        <source>No committee of the center has been recorded.</source>
        <translation>ยังไม่มีการบันทึกข้อมูลคณะกรรมการของศูนย์</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>ประเภทคณะกรรมการ</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>วันที่แต่งตั้ง</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>จำนวนกรรมการ (คน)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ – สกุล</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Role in the committee</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>Report on the meetings of the center</source>
        <translation>รายงานสรุปการจัดประชุมของศูนย์</translation>
    </message>
    <message>
        <source>Activity 1.1: the meetings of the fiscal year by kind, the targets of the activity and the center&apos;s committees.</source>
        <translation>กิจกรรมที่ 1.1 การประชุมในปีงบประมาณจำแนกตามประเภท ผลการดำเนินงานตามตัวชี้วัดของกิจกรรม และคณะกรรมการของศูนย์</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Save the changes to this record?</source>
        <translation>ต้องการบันทึกการแก้ไขรายการนี้หรือไม่</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>ไม่บันทึกการแก้ไข</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>แก้ไขต่อ</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>Report on the enterprise database and the matching of network colleges</source>
        <translation>รายงานผลการจัดทำฐานข้อมูลสถานประกอบการและการจับคู่ (Matching) สถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Activities 1.2-1.3: network colleges, enterprises with workforce demand, demand against supply by level, agreements in force and colleges not yet matched.</source>
        <translation>กิจกรรมที่ 1.2-1.3: สถานศึกษาเครือข่าย สถานประกอบการที่มีความต้องการกำลังคน ความต้องการเทียบกับการผลิตกำลังคนจำแนกตามระดับการศึกษา บันทึกข้อตกลงความร่วมมือที่มีผล และสถานศึกษาที่ยังไม่ได้จับคู่</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} จาก {total}</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>1. Network colleges</source>
        <translation>1. สถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>No network college has been recorded.</source>
        <translation>ยังไม่มีการบันทึกข้อมูลสถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>The network has {count} colleges: {public} public and {private} private.</source>
        <translation>เครือข่ายมีสถานศึกษาทั้งสิ้น {count} แห่ง เป็นสถานศึกษาของรัฐ {public} แห่ง และสถานศึกษาเอกชน {private} แห่ง</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่มสถานศึกษา</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>สังกัด</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>สถานประกอบการ (แห่ง)</translation>
    </message>
    <message>
        <source>Positions demanded</source>
        <translation>ความต้องการ (คน)</translation>
    </message>
    <message>
        <source>2. Enterprises with workforce demand for the year (1.2)</source>
        <translation>2. สถานประกอบการที่มีความต้องการกำลังคนในปีงบประมาณ (กิจกรรมที่ 1.2)</translation>
    </message>
    <message>
        <source>No enterprise has recorded workforce demand for this year.</source>
        <translation>ไม่มีสถานประกอบการที่บันทึกความต้องการกำลังคนในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>Enterprises in the database</source>
        <translation>สถานประกอบการในฐานข้อมูล (แห่ง)</translation>
    </message>
    <message>
        <source>Enterprises with workforce demand for the year</source>
        <translation>สถานประกอบการที่มีความต้องการกำลังคนในปีงบประมาณ (แห่ง)</translation>
    </message>
    <message>
        <source>of them in Thailand</source>
        <translation>ในจำนวนนี้ ตั้งอยู่ในประเทศ (แห่ง)</translation>
    </message>
    <message>
        <source>of them abroad</source>
        <translation>ในจำนวนนี้ ตั้งอยู่ในต่างประเทศ (แห่ง)</translation>
    </message>
    <message>
        <source>Positions demanded (people)</source>
        <translation>ความต้องการกำลังคน (คน)</translation>
    </message>
    <message>
        <source>{country} (abroad)</source>
        <translation>{country} (ต่างประเทศ)</translation>
    </message>
    <message>
        <source>2.1 By province or country</source>
        <translation>2.1 จำแนกตามจังหวัดหรือประเทศที่ตั้ง</translation>
    </message>
    <message>
        <source>Province or country</source>
        <translation>จังหวัด/ประเทศ</translation>
    </message>
    <message>
        <source>2.2 By industry</source>
        <translation>2.2 จำแนกตามประเภทกิจการ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ประเภทกิจการ</translation>
    </message>
    <message>
        <source>2.3 By size</source>
        <translation>2.3 จำแนกตามขนาดสถานประกอบการ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาดสถานประกอบการ</translation>
    </message>
    <message>
        <source>2.4 Enterprises and their demand by level</source>
        <translation>2.4 รายชื่อสถานประกอบการและความต้องการกำลังคน จำแนกตามระดับการศึกษา</translation>
    </message>
    <message>
        <source>Unit: people</source>
        <translation>หน่วย: คน</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Planned intake</source>
        <translation>แผนการรับ</translation>
    </message>
    <message>
        <source>Expected graduates</source>
        <translation>คาดว่าจะสำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>Figure 1 Workforce demand against the planned intake and expected graduates of the network, by level</source>
        <translation>แผนภูมิที่ 1 ความต้องการกำลังคนเทียบกับแผนการรับผู้เรียนและจำนวนผู้ที่คาดว่าจะสำเร็จการศึกษาของเครือข่าย จำแนกตามระดับการศึกษา</translation>
    </message>
    <message>
        <source>3. Workforce demand against the network&apos;s supply by level (1.3)</source>
        <translation>3. ความต้องการกำลังคนเทียบกับการผลิตกำลังคนของเครือข่าย จำแนกตามระดับการศึกษา (กิจกรรมที่ 1.3)</translation>
    </message>
    <message>
        <source>Neither workforce demand nor planned intake has been recorded for this year.</source>
        <translation>ไม่มีการบันทึกความต้องการกำลังคนและแผนการรับผู้เรียนของปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>Positions the enterprises demand for the year against the planned intake and expected graduates of the network colleges, and the placement seats enterprises have recorded for the colleges (matching).</source>
        <translation>เปรียบเทียบจำนวนกำลังคนที่สถานประกอบการต้องการในปีงบประมาณ กับแผนการรับผู้เรียนและจำนวนผู้ที่คาดว่าจะสำเร็จการศึกษาของสถานศึกษาเครือข่าย รวมทั้งจำนวนที่นั่งที่สถานประกอบการบันทึกไว้รับผู้เรียนของสถานศึกษา (การจับคู่)</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>สาขาวิชาที่มีความเป็นเลิศ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <source>Seats matched</source>
        <translation>ที่นั่งที่จับคู่แล้ว</translation>
    </message>
    <message>
        <source>Intake minus demand</source>
        <translation>ผลต่าง (แผนการรับ - ความต้องการ)</translation>
    </message>
    <message>
        <source>Levels where the planned intake is below the demand: {levels}</source>
        <translation>ระดับการศึกษาที่แผนการรับผู้เรียนต่ำกว่าความต้องการของสถานประกอบการ ได้แก่ {levels}</translation>
    </message>
    <message>
        <source>The planned intake covers the demand at every level.</source>
        <translation>แผนการรับผู้เรียนเพียงพอต่อความต้องการของสถานประกอบการในทุกระดับการศึกษา</translation>
    </message>
    <message>
        <source>4. MOU/MOA agreements in force during the year (1.3)</source>
        <translation>4. บันทึกข้อตกลงความร่วมมือ (MOU/MOA) ที่มีผลในปีงบประมาณ (กิจกรรมที่ 1.3)</translation>
    </message>
    <message>
        <source>No MOU or MOA agreement was in force during this year.</source>
        <translation>ไม่มีบันทึกข้อตกลงความร่วมมือ (MOU/MOA) ที่มีผลในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>{count} agreements were in force during the year: {mou} MOU and {moa} MOA; {dual} of them cover dual vocational training.</source>
        <translation>ในปีงบประมาณมีบันทึกข้อตกลงความร่วมมือที่มีผล จำนวน {count} ฉบับ เป็น MOU {mou} ฉบับ และ MOA {moa} ฉบับ ในจำนวนนี้เป็นความร่วมมือการจัดการอาชีวศึกษาระบบทวิภาคี {dual} ฉบับ</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <source>Dual system</source>
        <translation>ทวิภาคี</translation>
    </message>
    <message>
        <source>5. Network colleges not yet matched with an enterprise</source>
        <translation>5. สถานศึกษาเครือข่ายที่ยังไม่ได้จับคู่กับสถานประกอบการ</translation>
    </message>
    <message>
        <source>{matched} of {total} network colleges ({percent}) had an MOU or MOA in force during the year.</source>
        <translation>สถานศึกษาเครือข่ายที่มีบันทึกข้อตกลงความร่วมมือ (MOU/MOA) ที่มีผลในปีงบประมาณ จำนวน {matched} แห่ง จากทั้งหมด {total} แห่ง ({percent})</translation>
    </message>
    <message>
        <source>Every network college had an agreement in force.</source>
        <translation>สถานศึกษาเครือข่ายทุกแห่งมีบันทึกข้อตกลงความร่วมมือที่มีผลแล้ว</translation>
    </message>
    <message>
        <source>The colleges below had no agreement in force during the year:</source>
        <translation>สถานศึกษาที่ยังไม่มีบันทึกข้อตกลงความร่วมมือที่มีผลในปีงบประมาณ มีดังนี้</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุปผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Network colleges</source>
        <translation>สถานศึกษาเครือข่าย (แห่ง)</translation>
    </message>
    <message>
        <source>Planned intake of the network colleges (people)</source>
        <translation>แผนการรับผู้เรียนของสถานศึกษาเครือข่าย (คน)</translation>
    </message>
    <message>
        <source>MOU/MOA agreements in force during the year</source>
        <translation>บันทึกข้อตกลงความร่วมมือ (MOU/MOA) ที่มีผลในปีงบประมาณ (ฉบับ)</translation>
    </message>
    <message>
        <source>Network colleges with an agreement in force</source>
        <translation>สถานศึกษาเครือข่ายที่มีบันทึกข้อตกลงความร่วมมือที่มีผล (แห่ง)</translation>
    </message>
    <message>
        <source>6. Targets of activities 1.2 and 1.3</source>
        <translation>6. ผลการดำเนินงานตามเป้าหมายของกิจกรรมที่ 1.2 และ 1.3</translation>
    </message>
</context>
<context>
    <name>NetworkWatchPanel</name>
    <message>
        <source>Network watch: agreements and matching</source>
        <translation>ติดตามเครือข่าย: ข้อตกลงความร่วมมือและการจับคู่สถานศึกษา</translation>
    </message>
    <message>
        <source>Show all expiring agreements</source>
        <translation>ดูข้อตกลงที่ใกล้หมดอายุทั้งหมด</translation>
    </message>
    <message>
        <source>Show all unmatched colleges</source>
        <translation>ดูสถานศึกษาที่ยังไม่มีข้อตกลงทั้งหมด</translation>
    </message>
    <message>
        <source>The agreements could not be checked. Choose the year again to retry.</source>
        <translation>ตรวจสอบข้อตกลงไม่สำเร็จ โปรดเลือกปีงบประมาณอีกครั้งเพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Checking the agreements…</source>
        <translation>กำลังตรวจสอบข้อตกลง…</translation>
    </message>
    <message>
        <source>Agreements expiring within 90 days</source>
        <translation>ข้อตกลงที่จะหมดอายุภายใน 90 วัน</translation>
    </message>
    <message>
        <source>Colleges with no agreement in force</source>
        <translation>สถานศึกษาที่ยังไม่มีข้อตกลงที่มีผลบังคับใช้</translation>
    </message>
    <message>
        <source>Agreements expiring within 90 days: {count}</source>
        <translation>ข้อตกลงที่จะหมดอายุภายใน 90 วัน: {count} ฉบับ</translation>
    </message>
    <message>
        <source>Colleges with no agreement in force: {count}</source>
        <translation>สถานศึกษาที่ยังไม่มีข้อตกลงที่มีผลบังคับใช้: {count} แห่ง</translation>
    </message>
    <message>
        <source>No agreement ends within the next 90 days.</source>
        <translation>ไม่มีข้อตกลงที่จะหมดอายุภายใน 90 วันข้างหน้า</translation>
    </message>
    <message>
        <source>Every network college has an agreement in force.</source>
        <translation>สถานศึกษาเครือข่ายทุกแห่งมีข้อตกลงที่มีผลบังคับใช้แล้ว</translation>
    </message>
    <message>
        <source>Every college matched: no network colleges recorded yet (as of {day})</source>
        <translation>จับคู่สถานศึกษาครบทุกแห่ง: ยังไม่มีข้อมูลสถานศึกษาเครือข่าย (ณ วันที่ {day})</translation>
    </message>
    <message>
        <source>Every college matched: met, {matched} of {total} colleges (as of {day})</source>
        <translation>จับคู่สถานศึกษาครบทุกแห่ง: บรรลุเป้าหมาย {matched} จาก {total} แห่ง (ณ วันที่ {day})</translation>
    </message>
    <message>
        <source>Every college matched: not met, {matched} of {total} colleges (as of {day})</source>
        <translation>จับคู่สถานศึกษาครบทุกแห่ง: ยังไม่บรรลุเป้าหมาย จับคู่แล้ว {matched} จาก {total} แห่ง (ณ วันที่ {day})</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>เหลือ {days} วัน</translation>
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
        <translation>การประชุมคณะกรรมการบริหารศูนย์</translation>
    </message>
    <message>
        <source>Meetings of network college directors</source>
        <translation>การประชุมผู้อำนวยการสถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Meetings with enterprises</source>
        <translation>การประชุมร่วมกับสถานประกอบการ</translation>
    </message>
    <message>
        <source>Enterprises with workforce demand recorded for the year</source>
        <translation>สถานประกอบการที่บันทึกความต้องการกำลังคนของปีงบประมาณ</translation>
    </message>
    <message>
        <source>Positions demanded</source>
        <translation>จำนวนอัตราที่ต้องการ</translation>
    </message>
    <message>
        <source>Enterprise database summary sent to the central office</source>
        <translation>ส่งรายงานสรุปฐานข้อมูลสถานประกอบการให้ส่วนกลาง (สอศ.)</translation>
    </message>
    <message>
        <source>Matching report sent to the central office</source>
        <translation>ส่งรายงานการจับคู่ (Matching) ให้ส่วนกลาง (สอศ.)</translation>
    </message>
    <message>
        <source>Active MOU/MOA agreements</source>
        <translation>MOU/MOA ที่มีผลในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Network colleges with an active agreement</source>
        <translation>สถานศึกษาเครือข่ายที่มี MOU/MOA ที่มีผล</translation>
    </message>
    <message>
        <source>Planned intake of the network colleges</source>
        <translation>แผนการรับผู้เรียนของสถานศึกษาเครือข่าย (คน)</translation>
    </message>
    <message>
        <source>Knowledge-bank components in place at host colleges</source>
        <translation>องค์ประกอบคลังปัญญาอาชีวศึกษาที่ดำเนินการแล้วในสถานศึกษาแม่ข่าย</translation>
    </message>
    <message>
        <source>Five-year plans covering the year</source>
        <translation>แผนพัฒนาศูนย์ฯ ระยะ 5 ปี ที่ครอบคลุมปีงบประมาณ</translation>
    </message>
    <message>
        <source>Five-year plans sent to the central office</source>
        <translation>แผนพัฒนาศูนย์ฯ ระยะ 5 ปี ที่ส่ง สอศ. แล้ว</translation>
    </message>
    <message>
        <source>Annual action plans for the year</source>
        <translation>แผนปฏิบัติการประจำปีงบประมาณ</translation>
    </message>
    <message>
        <source>Planned activities due in the year and done</source>
        <translation>กิจกรรมตามแผนที่ครบกำหนดในปีและดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Curricula approved</source>
        <translation>หลักสูตรที่ได้รับอนุมัติ</translation>
    </message>
    <message>
        <source>Curricula under revision</source>
        <translation>หลักสูตรที่กำลังปรับปรุง</translation>
    </message>
    <message>
        <source>Competency-based short courses</source>
        <translation>หลักสูตรระยะสั้นฐานสมรรถนะ</translation>
    </message>
    <message>
        <source>Short-course trainees in courses starting in the year</source>
        <translation>ผู้เข้ารับการฝึกอบรมหลักสูตรระยะสั้นที่เริ่มในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Short-course runs of the year with at least 20 trainees</source>
        <translation>รุ่นของหลักสูตรระยะสั้นในปีที่มีผู้เข้ารับการอบรมตั้งแต่ 20 คนขึ้นไป</translation>
    </message>
    <message>
        <source>Accredited TPQI assessment centers</source>
        <translation>ศูนย์ประเมินสมรรถนะที่ได้รับการรับรองจากสถาบันคุณวุฒิวิชาชีพ</translation>
    </message>
    <message>
        <source>Certifications passed at TPQI centers in the year</source>
        <translation>ผู้ผ่านการประเมินที่ศูนย์ประเมินสมรรถนะ (สถาบันคุณวุฒิวิชาชีพ)</translation>
    </message>
    <message>
        <source>Licensed DSD skill test centers</source>
        <translation>ศูนย์ทดสอบมาตรฐานฝีมือแรงงานที่ได้รับอนุญาตจากกรมพัฒนาฝีมือแรงงาน</translation>
    </message>
    <message>
        <source>Certifications passed at DSD centers in the year</source>
        <translation>ผู้ผ่านการทดสอบที่ศูนย์ทดสอบฝีมือแรงงาน (กรมพัฒนาฝีมือแรงงาน)</translation>
    </message>
    <message>
        <source>Authorised international test centers</source>
        <translation>ศูนย์สอบที่ได้รับอนุญาตจากหน่วยงานระดับสากล</translation>
    </message>
    <message>
        <source>Certifications passed at international test centers in the year</source>
        <translation>ผู้ผ่านการสอบที่ศูนย์สอบระดับสากล</translation>
    </message>
    <message>
        <source>Teachers with a skill gap recorded for the year</source>
        <translation>ครูที่มีข้อมูลช่องว่างสมรรถนะของปีงบประมาณ</translation>
    </message>
    <message>
        <source>Teacher-training curricula</source>
        <translation>หลักสูตรฝึกอบรมครู</translation>
    </message>
    <message>
        <source>Teachers who completed training in the year</source>
        <translation>ครูที่ผ่านการฝึกอบรมในปีงบประมาณ</translation>
    </message>
    <message>
        <source>of them from the CVM center (host college)</source>
        <translation>ในจำนวนนี้ จากศูนย์ CVM (สถานศึกษาแม่ข่าย)</translation>
    </message>
    <message>
        <source>of them from Excellent Center colleges</source>
        <translation>ในจำนวนนี้ จากสถานศึกษากลุ่มความเป็นเลิศ</translation>
    </message>
    <message>
        <source>of them from Expert colleges</source>
        <translation>ในจำนวนนี้ จากสถานศึกษากลุ่มเชี่ยวชาญเฉพาะ</translation>
    </message>
    <message>
        <source>of them from Standard colleges</source>
        <translation>ในจำนวนนี้ จากสถานศึกษากลุ่มทั่วไป</translation>
    </message>
    <message>
        <source>Teacher internships ending in the year</source>
        <translation>การฝึกประสบการณ์ของครูที่สิ้นสุดในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Internship reports received within 15 days</source>
        <translation>รายงานการฝึกประสบการณ์ที่ได้รับภายใน 15 วัน</translation>
    </message>
    <message>
        <source>Incidents during teacher internships</source>
        <translation>เหตุการณ์ระหว่างการฝึกประสบการณ์ของครู</translation>
    </message>
    <message>
        <source>Teachers certified in the year</source>
        <translation>ครูที่ได้รับการรับรองมาตรฐานอาชีพในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Work-based learning placements starting in the year</source>
        <translation>การฝึกแบบ Work-based Learning ที่เริ่มในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Teachers who completed WBL training in the year</source>
        <translation>ครูที่ผ่านการอบรม Work-based Learning ในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Placed students without an incident</source>
        <translation>ผู้เรียนที่ฝึกในสถานประกอบการโดยไม่ประสบเหตุ</translation>
    </message>
    <message>
        <source>Student placements starting in the year</source>
        <translation>การฝึกงานและฝึกอาชีพของผู้เรียนที่เริ่มในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Students placed in enterprises</source>
        <translation>ผู้เรียนที่ออกฝึกในสถานประกอบการ (คน)</translation>
    </message>
    <message>
        <source>Placements with safety training before the start</source>
        <translation>การฝึกที่ผู้เรียนได้รับการอบรมความปลอดภัยก่อนเริ่มฝึก</translation>
    </message>
    <message>
        <source>Incidents and complaints during placements</source>
        <translation>อุบัติเหตุและเรื่องร้องทุกข์ระหว่างการฝึก</translation>
    </message>
    <message>
        <source>Accidents during placements</source>
        <translation>อุบัติเหตุระหว่างการฝึก</translation>
    </message>
    <message>
        <source>Students trained in short courses in the year</source>
        <translation>ผู้เรียนที่เข้ารับการฝึกอบรมหลักสูตรระยะสั้นในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Students and graduates certified in the year (of final-year students)</source>
        <translation>ผู้เรียนและผู้สำเร็จการศึกษาที่ได้รับการรับรองมาตรฐานอาชีพในปีงบประมาณ (เทียบกับผู้เรียนชั้นปีสุดท้าย)</translation>
    </message>
    <message>
        <source>Network colleges whose self-assessment report was received</source>
        <translation>สถานศึกษาเครือข่ายที่ส่งรายงานการประเมินตนเอง (SAR) แล้ว</translation>
    </message>
    <message>
        <source>Policy recommendations for the year</source>
        <translation>ข้อเสนอแนะเชิงนโยบายของปีงบประมาณ</translation>
    </message>
    <message>
        <source>Policy recommendations sent to the central office</source>
        <translation>ข้อเสนอแนะเชิงนโยบายที่ส่ง สอศ. แล้ว</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>The recipient is not an enrolled site. Enrol its key first (Sites and keys).</source>
        <translation>ผู้รับยังไม่ได้ลงทะเบียนกุญแจไว้ กรุณาลงทะเบียนกุญแจของผู้รับก่อน (หน่วยงานและกุญแจ)</translation>
    </message>
    <message>
        <source>The key of the recipient was revoked: no package is made for it.</source>
        <translation>กุญแจของผู้รับถูกเพิกถอนแล้ว จึงไม่สร้างแฟ้มชุดข้อมูลให้</translation>
    </message>
    <message>
        <source>This database has no site identity yet.</source>
        <translation>ฐานข้อมูลนี้ยังไม่ได้กำหนดหน่วยงาน</translation>
    </message>
    <message>
        <source>Pseudonymised and counts-only packages are for the central office; college stations and centers need the full data.</source>
        <translation>ชุดข้อมูลแบบใช้นามแฝงและแบบจำนวนนับเท่านั้นใช้ส่งส่วนกลาง สถานศึกษาและศูนย์ต้องได้รับข้อมูลฉบับเต็ม</translation>
    </message>
    <message>
        <source>Packing {table}…</source>
        <translation>กำลังบรรจุ{table}…</translation>
    </message>
    <message>
        <source>The package comes from a site whose key was never enrolled here. Enrol its key first (Sites and keys), after checking its fingerprint.</source>
        <translation>แฟ้มชุดข้อมูลมาจากหน่วยงานที่ยังไม่ได้ลงทะเบียนกุญแจในเครื่องนี้ กรุณาตรวจลายนิ้วมือกุญแจแล้วลงทะเบียนก่อน (หน่วยงานและกุญแจ)</translation>
    </message>
    <message>
        <source>The key of the site that sent the package was revoked.</source>
        <translation>กุญแจของหน่วยงานที่ส่งแฟ้มชุดข้อมูลนี้ถูกเพิกถอนแล้ว</translation>
    </message>
    <message>
        <source>The package was signed with another key than the one enrolled for its sender.</source>
        <translation>แฟ้มชุดข้อมูลลงลายมือชื่อด้วยกุญแจที่ไม่ใช่กุญแจที่ลงทะเบียนไว้ของผู้ส่ง</translation>
    </message>
    <message>
        <source>The package was made by a program with another database version ({theirs}; here {ours}). Both sites must run the same version.</source>
        <translation>แฟ้มชุดข้อมูลสร้างจากโปรแกรมที่ใช้ฐานข้อมูลคนละรุ่น (ของผู้ส่ง {theirs} ของเครื่องนี้ {ours}) ทั้งสองหน่วยงานต้องใช้โปรแกรมรุ่นเดียวกัน</translation>
    </message>
    <message>
        <source>The package was made for another site, not for this one.</source>
        <translation>แฟ้มชุดข้อมูลนี้สร้างให้หน่วยงานอื่น ไม่ใช่หน่วยงานนี้</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>กำลังตรวจสอบแฟ้มชุดข้อมูล…</translation>
    </message>
    <message>
        <source>The package holds a record that clashes with one here that must be unique (for example the same certificate number on two results) or that refers to a record missing here. Nothing was imported; correct the record at either site and send a new package.</source>
        <translation>แฟ้มชุดข้อมูลมีระเบียนที่ซ้ำกับระเบียนในเครื่องนี้ซึ่งต้องไม่ซ้ำ (เช่น เลขที่ใบรับรองเดียวกันในผลการประเมินสองรายการ) หรืออ้างถึงระเบียนที่ไม่มีในเครื่องนี้ จึงยังไม่ได้นำเข้าข้อมูลใด กรุณาแก้ไขระเบียนที่หน่วยงานใดหน่วยงานหนึ่งแล้วส่งแฟ้มชุดใหม่</translation>
    </message>
    <message>
        <source>A record in the package is damaged: the package cannot be used.</source>
        <translation>ระเบียนในแฟ้มชุดข้อมูลเสียหาย จึงใช้แฟ้มนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Applying {table}…</source>
        <translation>กำลังนำเข้า{table}…</translation>
    </message>
    <message>
        <source>{count} records of {table} belong to a college the sending site does not hold; the package is refused.</source>
        <translation>{table} จำนวน {count} ระเบียนเป็นของสถานศึกษาที่ผู้ส่งไม่ได้ดูแล จึงไม่รับแฟ้มชุดข้อมูลนี้</translation>
    </message>
    <message>
        <source>{count} records of {table} refer to records that are neither in the package nor here; the package is refused.</source>
        <translation>{table} จำนวน {count} ระเบียนอ้างถึงระเบียนที่ไม่มีทั้งในแฟ้มชุดข้อมูลและในเครื่องนี้ จึงไม่รับแฟ้มชุดข้อมูลนี้</translation>
    </message>
    <message>
        <source>Only a center sends a counts-only package.</source>
        <translation>แฟ้มชุดข้อมูลแบบจำนวนนับเท่านั้นต้องส่งมาจากศูนย์</translation>
    </message>
    <message>
        <source>The file is not a package or it is damaged (cut short or corrupt).</source>
        <translation>ไฟล์นี้ไม่ใช่แฟ้มชุดข้อมูล หรือแฟ้มเสียหาย (ไม่ครบหรือชำรุด)</translation>
    </message>
    <message>
        <source>The package holds more files than a package can.</source>
        <translation>แฟ้มชุดข้อมูลนี้มีไฟล์ภายในมากเกินกว่าที่ชุดข้อมูลจะมีได้</translation>
    </message>
    <message>
        <source>The package holds a file with a path outside the package.</source>
        <translation>แฟ้มชุดข้อมูลมีไฟล์ที่ระบุตำแหน่งออกไปนอกชุดข้อมูล</translation>
    </message>
    <message>
        <source>The package holds the same file twice.</source>
        <translation>แฟ้มชุดข้อมูลมีไฟล์ชื่อเดียวกันซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>The package holds a file a package never has.</source>
        <translation>แฟ้มชุดข้อมูลมีไฟล์ที่ชุดข้อมูลไม่เคยมี</translation>
    </message>
    <message>
        <source>The package holds a file far larger than its packed size allows (a so-called zip bomb).</source>
        <translation>แฟ้มชุดข้อมูลมีไฟล์ที่คลายออกแล้วใหญ่เกินขนาดที่บีบอัดไว้มาก (ลักษณะของ zip bomb)</translation>
    </message>
    <message>
        <source>The package is larger than a package can be.</source>
        <translation>แฟ้มชุดข้อมูลนี้มีขนาดใหญ่เกินกว่าที่ชุดข้อมูลจะมีได้</translation>
    </message>
    <message>
        <source>The package has no signed manifest.</source>
        <translation>แฟ้มชุดข้อมูลไม่มีบัญชีรายการที่ลงลายมือชื่อดิจิทัล</translation>
    </message>
    <message>
        <source>A file in the package is larger than its manifest says.</source>
        <translation>ไฟล์ในแฟ้มชุดข้อมูลมีขนาดใหญ่กว่าที่บัญชีรายการระบุ</translation>
    </message>
    <message>
        <source>The package was made by a newer version of the program. Update the program, then open the package again.</source>
        <translation>แฟ้มชุดข้อมูลนี้สร้างจากโปรแกรมรุ่นที่ใหม่กว่า กรุณาปรับรุ่นโปรแกรมแล้วเปิดแฟ้มอีกครั้ง</translation>
    </message>
    <message>
        <source>The manifest of the package is damaged.</source>
        <translation>บัญชีรายการ (manifest) ของแฟ้มชุดข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>The files in the package are not the ones its manifest lists (a file is missing or one was added).</source>
        <translation>ไฟล์ในแฟ้มชุดข้อมูลไม่ตรงกับบัญชีรายการ (มีไฟล์ขาดหายหรือมีไฟล์ถูกเพิ่มเข้ามา)</translation>
    </message>
    <message>
        <source>A file in the package does not match its manifest: it was altered.</source>
        <translation>ไฟล์ในแฟ้มชุดข้อมูลไม่ตรงกับบัญชีรายการ แสดงว่ามีการแก้ไขระหว่างทาง</translation>
    </message>
    <message>
        <source>The signature of the package is wrong: it was not made by the site it names, or it was altered on the way.</source>
        <translation>ลายมือชื่อดิจิทัลของแฟ้มชุดข้อมูลไม่ถูกต้อง แฟ้มไม่ได้สร้างโดยหน่วยงานที่ระบุ หรือถูกแก้ไขระหว่างทาง</translation>
    </message>
    <message>
        <source>A file in the package has more or fewer rows than its manifest says.</source>
        <translation>ไฟล์ในแฟ้มชุดข้อมูลมีจำนวนระเบียนมากหรือน้อยกว่าที่บัญชีรายการระบุ</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <source>Check the package before importing</source>
        <translation>ตรวจสอบแฟ้มชุดข้อมูลก่อนนำเข้า</translation>
    </message>
    <message>
        <source>Package {position} of {count}: {name}</source>
        <translation>แฟ้มชุดข้อมูลที่ {position} จาก {count}: {name}</translation>
    </message>
    <message>
        <source>Package: {name}</source>
        <translation>แฟ้มชุดข้อมูล: {name}</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>ผู้ส่ง:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>วันที่จัดทำ:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>ข้อมูลส่วนบุคคล:</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>ประเภทข้อมูล</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ปรับปรุง</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ขัดแย้ง</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ไม่รับ</translation>
    </message>
    <message>
        <source>Records edited here and at the other site since they last exchanged packages are conflicts: the same rule at every site decides which version is applied, and the other version is kept for you to review under Conflicts.</source>
        <translation>รายการที่มีการแก้ไขทั้งที่เครื่องนี้และที่หน่วยงานอีกฝ่ายนับแต่การแลกเปลี่ยนแฟ้มชุดข้อมูลครั้งล่าสุด ถือเป็นข้อมูลขัดแย้ง ทุกหน่วยงานใช้หลักเกณฑ์เดียวกันในการเลือกฉบับที่จะนำไปใช้ ส่วนอีกฉบับหนึ่งจะเก็บไว้ให้ท่านตรวจสอบที่หน้า ข้อมูลขัดแย้ง</translation>
    </message>
    <message>
        <source>{count} records carry a time far in the future: the clock of the computer that sent them may be wrong. They are imported, but this computer&apos;s clock does not follow them.</source>
        <translation>มี {count} รายการที่บันทึกเวลาล่วงหน้าไปในอนาคตมาก นาฬิกาของเครื่องที่ส่งมาอาจตั้งไว้ไม่ถูกต้อง ระบบจะนำเข้ารายการเหล่านี้ แต่จะไม่ปรับนาฬิกาของเครื่องนี้ตาม</translation>
    </message>
    <message>
        <source>This package is refused and cannot be imported:
{problems}</source>
        <translation>แฟ้มชุดข้อมูลนี้ไม่ผ่านการตรวจสอบ จึงนำเข้าไม่ได้:
{problems}</translation>
    </message>
    <message>
        <source>This package was already imported on {when}. There is nothing to do.</source>
        <translation>แฟ้มชุดข้อมูลนี้นำเข้าแล้วเมื่อวันที่ {when} จึงไม่ต้องดำเนินการใดอีก</translation>
    </message>
    <message>
        <source>Importing first writes a backup of the database, then applies the whole package at once: if anything goes wrong, nothing is changed.</source>
        <translation>เมื่อนำเข้า ระบบจะสำรองฐานข้อมูลไว้ก่อน แล้วจึงนำเข้าข้อมูลทั้งแฟ้มในคราวเดียว หากเกิดข้อผิดพลาดใด ๆ ข้อมูลจะไม่ถูกเปลี่ยนแปลงเลย</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Skip this package</source>
        <translation>ข้ามแฟ้มนี้ (&amp;S)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Counts of records per table and college ({count} lines). They replace the counts this center sent before.</source>
        <translation>จำนวนรายการแยกตามประเภทข้อมูลและสถานศึกษา ({count} บรรทัด) ซึ่งจะใช้แทนจำนวนที่ศูนย์นี้ส่งมาครั้งก่อน</translation>
    </message>
    <message>
        <source>The package holds no records; it only confirms what the sending site has received.</source>
        <translation>แฟ้มชุดข้อมูลนี้ไม่มีรายการข้อมูล มีเพียงการยืนยันว่าหน่วยงานผู้ส่งได้รับข้อมูลใดแล้ว</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {rejected} rejected records.</source>
        <translation>รายการใหม่ {new} รายการ ปรับปรุง {updated} รายการ ไม่เปลี่ยนแปลง {unchanged} รายการ ขัดแย้ง {conflicts} รายการ ไม่รับ {rejected} รายการ</translation>
    </message>
</context>
<context>
    <name>PackageProgress</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} เวลา {time} น.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>แฟ้มชุดข้อมูล</translation>
    </message>
    <message>
        <source>Send and receive packages</source>
        <translation>ส่งและรับแฟ้มชุดข้อมูล</translation>
    </message>
    <message>
        <source>A package file carries the records another site has not received yet. Take it to that site on a USB drive or send it by e-mail; the site opens it on this screen. Only sites that enrolled each other&apos;s keys can exchange packages.</source>
        <translation>แฟ้มชุดข้อมูลบรรจุรายการที่หน่วยงานอีกฝ่ายยังไม่ได้รับ โปรดนำแฟ้มไปให้หน่วยงานนั้นด้วยแฟลชไดรฟ์ หรือส่งทางไปรษณีย์อิเล็กทรอนิกส์ แล้วให้หน่วยงานนั้นเปิดแฟ้มที่หน้าจอนี้ หน่วยงานที่จะแลกเปลี่ยนแฟ้มชุดข้อมูลกันได้ต้องลงทะเบียนกุญแจของกันและกันไว้แล้วเท่านั้น</translation>
    </message>
    <message>
        <source>This installation is not set up as a site yet, so it can neither send nor receive packages.</source>
        <translation>เครื่องนี้ยังไม่ได้ตั้งค่าเป็นหน่วยงาน จึงยังส่งหรือรับแฟ้มชุดข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ส่งข้อมูล</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>ส่งถึง (&amp;T):</translation>
    </message>
    <message>
        <source>There is no site to send a package to yet. Enrol the key of the other site first, under Sites and keys.</source>
        <translation>ยังไม่มีหน่วยงานที่จะส่งแฟ้มชุดข้อมูลให้ โปรดลงทะเบียนกุญแจของหน่วยงานอีกฝ่ายก่อน ที่หน้า หน่วยงานและกุญแจ</translation>
    </message>
    <message>
        <source>Send &amp;everything, not only what the recipient has not acknowledged yet</source>
        <translation>ส่งข้อมูลทั้งหมด ไม่เฉพาะส่วนที่ผู้รับยังไม่ได้ยืนยันการรับ (&amp;E)</translation>
    </message>
    <message>
        <source>Personal data in the package (a choice for the central office only)</source>
        <translation>ข้อมูลส่วนบุคคลในแฟ้มชุดข้อมูล (เลือกได้เฉพาะเมื่อส่งถึงส่วนกลาง)</translation>
    </message>
    <message>
        <source>&amp;Full data</source>
        <translation>ข้อมูลฉบับเต็ม (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pseudonymised</source>
        <translation>ใช้นามแฝง (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Counts only</source>
        <translation>จำนวนนับเท่านั้น (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Make package…</source>
        <translation>จัดทำแฟ้มชุดข้อมูล (&amp;M)…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>รับข้อมูล</translation>
    </message>
    <message>
        <source>Each package is checked and shown to you before anything is written. Packages may be opened in any order and more than once: one already imported changes nothing.</source>
        <translation>ระบบจะตรวจสอบแฟ้มชุดข้อมูลทีละแฟ้มและแสดงผลให้ท่านพิจารณาก่อนบันทึกข้อมูลใด ๆ แฟ้มชุดข้อมูลเปิดได้ทุกลำดับและเปิดซ้ำได้ แฟ้มที่นำเข้าแล้วจะไม่เปลี่ยนแปลงข้อมูลอีก</translation>
    </message>
    <message>
        <source>&amp;Open packages…</source>
        <translation>เปิดแฟ้มชุดข้อมูล (&amp;O)…</translation>
    </message>
    <message>
        <source>Open a fo&amp;lder of packages…</source>
        <translation>เปิดโฟลเดอร์แฟ้มชุดข้อมูล (&amp;L)…</translation>
    </message>
    <message>
        <source>Packages sent and received</source>
        <translation>แฟ้มชุดข้อมูลที่ส่งและรับ</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>ส่ง/รับ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>จำนวนรายการ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>No package was sent or received yet.</source>
        <translation>ยังไม่มีการส่งหรือรับแฟ้มชุดข้อมูล</translation>
    </message>
    <message>
        <source>The latest {count} packages are shown.</source>
        <translation>แสดงแฟ้มชุดข้อมูลล่าสุด {count} แฟ้ม</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>รับ</translation>
    </message>
    <message>
        <source>Save the package for {name}</source>
        <translation>บันทึกแฟ้มชุดข้อมูลสำหรับ {name}</translation>
    </message>
    <message>
        <source>CVM packages (*.cvmpkg)</source>
        <translation>แฟ้มชุดข้อมูล CVM (*.cvmpkg)</translation>
    </message>
    <message>
        <source>Making the package for {name}…</source>
        <translation>กำลังจัดทำแฟ้มชุดข้อมูลสำหรับ {name}…</translation>
    </message>
    <message>
        <source>Making the package was cancelled; no file was written.</source>
        <translation>ยกเลิกการจัดทำแฟ้มชุดข้อมูลแล้ว ไม่มีการบันทึกไฟล์ใด</translation>
    </message>
    <message>
        <source>The package {name} is saved with {count} records.</source>
        <translation>บันทึกแฟ้มชุดข้อมูล {name} เรียบร้อยแล้ว จำนวน {count} รายการ</translation>
    </message>
    <message>
        <source>The package {name} is saved with the counts of records.</source>
        <translation>บันทึกแฟ้มชุดข้อมูล {name} ซึ่งมีเฉพาะจำนวนนับของรายการเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>The package {name} is saved. It holds no records: the recipient has acknowledged everything already.</source>
        <translation>บันทึกแฟ้มชุดข้อมูล {name} เรียบร้อยแล้ว แฟ้มนี้ไม่มีรายการข้อมูล เนื่องจากผู้รับยืนยันการรับข้อมูลทั้งหมดแล้ว</translation>
    </message>
    <message>
        <source>{table}: {count}</source>
        <translation>{table}: {count} รายการ</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>ไฟล์: {path}</translation>
    </message>
    <message>
        <source>Open packages</source>
        <translation>เปิดแฟ้มชุดข้อมูล</translation>
    </message>
    <message>
        <source>Open a folder of packages</source>
        <translation>เปิดโฟลเดอร์แฟ้มชุดข้อมูล</translation>
    </message>
    <message>
        <source>The folder holds no package files (.cvmpkg).</source>
        <translation>ไม่พบแฟ้มชุดข้อมูล (.cvmpkg) ในโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>กำลังตรวจสอบ {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>กำลังนำเข้า {name}…</translation>
    </message>
    <message>
        <source>The package {name} was already imported on {when}; nothing was changed.</source>
        <translation>แฟ้มชุดข้อมูล {name} นำเข้าแล้วเมื่อวันที่ {when} จึงไม่มีการเปลี่ยนแปลงข้อมูล</translation>
    </message>
    <message>
        <source>The counts of records from {sender} are imported.</source>
        <translation>นำเข้าจำนวนนับของรายการจาก {sender} เรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>The package from {sender} is imported: {new} new records, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.</source>
        <translation>นำเข้าแฟ้มชุดข้อมูลจาก {sender} เรียบร้อยแล้ว: รายการใหม่ {new} รายการ ปรับปรุง {updated} รายการ ไม่เปลี่ยนแปลง {unchanged} รายการ ขัดแย้ง {conflicts} รายการ</translation>
    </message>
    <message>
        <source>Review the conflicts under Conflicts.</source>
        <translation>โปรดตรวจสอบรายการที่ขัดแย้งที่หน้า ข้อมูลขัดแย้ง</translation>
    </message>
    <message>
        <source>A backup of the database before the import: {path}</source>
        <translation>สำเนาสำรองฐานข้อมูลก่อนนำเข้า: {path}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ไฟล์: {name}</translation>
    </message>
    <message>
        <source>The packages after this one were not opened.</source>
        <translation>แฟ้มชุดข้อมูลที่อยู่ถัดจากแฟ้มนี้ยังไม่ได้เปิด</translation>
    </message>
    <message>
        <source>{count} of the packages were imported before; they were left as they are.</source>
        <translation>มีแฟ้มชุดข้อมูล {count} แฟ้มที่นำเข้าไว้ก่อนแล้ว จึงไม่ได้นำเข้าซ้ำ</translation>
    </message>
</context>
<context>
    <name>PlaceClassDialog</name>
    <message>
        <source>Place a class</source>
        <translation>จัดการฝึกทั้งชั้นเรียน</translation>
    </message>
    <message>
        <source>&amp;College</source>
        <translation>&amp;สถานศึกษา</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;ระดับการศึกษา</translation>
    </message>
    <message>
        <source>&amp;Year of study</source>
        <translation>&amp;ชั้นปี</translation>
    </message>
    <message>
        <source>&amp;Enterprises (choose one or more)</source>
        <translation>สถาน&amp;ประกอบการ (เลือกได้หลายแห่ง)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>รูปแบบการ&amp;ฝึก</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>วัน&amp;เริ่มฝึก</translation>
    </message>
    <message>
        <source>E&amp;nds on</source>
        <translation>วันสิ้น&amp;สุดการฝึก</translation>
    </message>
    <message>
        <source>day/month/B.E. year, e.g. 1/11/2568</source>
        <translation>วัน/เดือน/ปี พ.ศ. เช่น 1/11/2568</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;ดูตัวอย่าง</translation>
    </message>
    <message>
        <source>C&amp;reate placements</source>
        <translation>&amp;บันทึกการฝึก</translation>
    </message>
    <message>
        <source>Write both dates as day/month/Buddhist Era year, for example 1/11/2568.</source>
        <translation>โปรดระบุวันที่ทั้งสองช่องเป็น วัน/เดือน/ปี พ.ศ. เช่น 1/11/2568</translation>
    </message>
    <message>
        <source>Choose the college and at least one enterprise.</source>
        <translation>โปรดเลือกสถานศึกษาและสถานประกอบการอย่างน้อยหนึ่งแห่ง</translation>
    </message>
    <message>
        <source>Placements to create: {count}</source>
        <translation>การฝึกที่จะบันทึก: {count} รายการ</translation>
    </message>
    <message>
        <source>{student} → {enterprise}</source>
        <translation>{student} → {enterprise}</translation>
    </message>
    <message>
        <source>Students skipped: {count}</source>
        <translation>นักเรียนนักศึกษาที่ข้าม: {count} คน</translation>
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
        <translation>ความปลอดภัยของผู้เรียนในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Open the safety page</source>
        <translation>เปิดหน้าความปลอดภัย</translation>
    </message>
    <message>
        <source>The placements could not be checked.</source>
        <translation>ไม่สามารถตรวจสอบการฝึกของผู้เรียนได้</translation>
    </message>
    <message>
        <source>Checking the placements…</source>
        <translation>กำลังตรวจสอบการฝึกของผู้เรียน…</translation>
    </message>
    <message>
        <source>Starting within 14 days without safety training</source>
        <translation>จะเริ่มฝึกภายใน 14 วันแต่ยังไม่ได้อบรมความปลอดภัย</translation>
    </message>
    <message>
        <source>Supervision visits overdue</source>
        <translation>การนิเทศที่เลยกำหนด</translation>
    </message>
    <message>
        <source>Incidents still open: {count}</source>
        <translation>เหตุการณ์ที่ยังไม่ปิด: {count} เรื่อง</translation>
    </message>
    <message>
        <source>Placements starting within 14 days without safety training or orientation: {count}</source>
        <translation>ผู้เรียนที่จะเริ่มฝึกภายใน 14 วันแต่ยังไม่ได้อบรมความปลอดภัยหรือปฐมนิเทศ: {count} ราย</translation>
    </message>
    <message>
        <source>Placements in progress with no visit in their first 30 days: {count}</source>
        <translation>ผู้เรียนที่กำลังฝึกแต่ยังไม่ได้รับการนิเทศภายใน 30 วันแรก: {count} ราย</translation>
    </message>
    <message>
        <source>Every placement starting soon is cleared to start.</source>
        <translation>ผู้เรียนที่จะเริ่มฝึกเร็ว ๆ นี้ผ่านการอบรมครบแล้ว</translation>
    </message>
    <message>
        <source>No supervision visit is overdue.</source>
        <translation>ไม่มีการนิเทศที่เลยกำหนด</translation>
    </message>
    <message>
        <source>{student} – {enterprise}</source>
        <translation>{student} – {enterprise}</translation>
    </message>
    <message>
        <source>{days} days without a visit</source>
        <translation>ยังไม่ได้นิเทศ {days} วัน</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>A placement that is {current} cannot be changed to another status.</source>
        <translation>การฝึกที่มีสถานะ{current}แล้ว เปลี่ยนเป็นสถานะอื่นไม่ได้</translation>
    </message>
    <message>
        <source>A placement that is {current} cannot move to {to}.</source>
        <translation>การฝึกที่มีสถานะ{current} เปลี่ยนเป็นสถานะ{to}ไม่ได้</translation>
    </message>
    <message>
        <source>Give the reason the placement is withdrawn.</source>
        <translation>โปรดระบุเหตุผลที่ยกเลิกการฝึก</translation>
    </message>
    <message>
        <source>The placement cannot start: the student&apos;s occupational safety training and orientation on rights and the complaint channel are not recorded on or before the start day.</source>
        <translation>ยังเริ่มการฝึกไม่ได้ เนื่องจากยังไม่มีบันทึกการอบรมความปลอดภัยในการทำงานและการปฐมนิเทศเรื่องสิทธิและช่องทางร้องเรียนของนักศึกษาในวันเริ่มฝึกหรือก่อนหน้านั้น</translation>
    </message>
    <message>
        <source>The placement cannot start: the student&apos;s occupational safety training is not recorded on or before the start day.</source>
        <translation>ยังเริ่มการฝึกไม่ได้ เนื่องจากยังไม่มีบันทึกการอบรมความปลอดภัยในการทำงานของนักศึกษาในวันเริ่มฝึกหรือก่อนหน้านั้น</translation>
    </message>
    <message>
        <source>The placement cannot start: the student&apos;s orientation on rights and the complaint channel is not recorded on or before the start day.</source>
        <translation>ยังเริ่มการฝึกไม่ได้ เนื่องจากยังไม่มีบันทึกการปฐมนิเทศเรื่องสิทธิและช่องทางร้องเรียนของนักศึกษาในวันเริ่มฝึกหรือก่อนหน้านั้น</translation>
    </message>
    <message>
        <source>The student already has a placement from {first} to {last} on some of these dates; a student cannot be in two placements at once.</source>
        <translation>นักศึกษามีการฝึกระหว่างวันที่ {first} ถึง {last} ซ้อนกับบางวันในช่วงนี้อยู่แล้ว นักศึกษาหนึ่งคนฝึกสองแห่งในเวลาเดียวกันไม่ได้</translation>
    </message>
    <message>
        <source>The enterprise has no placement seat left in fiscal year {year} for this mode: all {seats} seats are taken.</source>
        <translation>สถานประกอบการไม่มีที่ฝึกว่างสำหรับรูปแบบนี้ในปีงบประมาณ {year} แล้ว (ใช้ครบทั้ง {seats} ที่)</translation>
    </message>
    <message>
        <source>This placement no longer exists.</source>
        <translation>ไม่พบข้อมูลการฝึกนี้แล้ว</translation>
    </message>
    <message>
        <source>A placement cannot end before it starts.</source>
        <translation>วันสิ้นสุดการฝึกต้องไม่ก่อนวันเริ่มฝึก</translation>
    </message>
    <message>
        <source>Choose at least one enterprise.</source>
        <translation>โปรดเลือกสถานประกอบการอย่างน้อยหนึ่งแห่ง</translation>
    </message>
    <message>
        <source>Already placed on some of these dates.</source>
        <translation>มีการฝึกในบางวันของช่วงนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>No enterprise chosen has a seat left.</source>
        <translation>สถานประกอบการที่เลือกไม่มีที่ฝึกว่างแล้ว</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>Confirm</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่มฝึก</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>ฝึกเสร็จสิ้น</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>ถอนตัว…</translation>
    </message>
    <message>
        <source>Place a class…</source>
        <translation>จัดการฝึกทั้งชั้นเรียน…</translation>
    </message>
    <message>
        <source>Supervision visits and incidents of the selected placement</source>
        <translation>การนิเทศและเหตุการณ์ของการฝึกที่เลือก</translation>
    </message>
    <message>
        <source>Withdraw the placement</source>
        <translation>ถอนตัวจากการฝึก</translation>
    </message>
    <message>
        <source>Reason for withdrawal:</source>
        <translation>เหตุผลที่ถอนตัว:</translation>
    </message>
    <message>
        <source>The placement could not be changed.</source>
        <translation>ไม่สามารถเปลี่ยนสถานะการฝึกได้</translation>
    </message>
</context>
<context>
    <name>PlacementsReport</name>
    <message>
        <source>1. Placements of the fiscal year by college and mode</source>
        <translation>1. การฝึกประสบการณ์ในสถานประกอบการ จำแนกตามสถานศึกษาและรูปแบบการฝึก</translation>
    </message>
    <message>
        <source>No placement starting in this fiscal year has been recorded.</source>
        <translation>ยังไม่มีการบันทึกการฝึกในสถานประกอบการที่เริ่มในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>{placements} placements of {students} students in {colleges} network colleges started in the fiscal year (withdrawn placements not counted).</source>
        <translation>ในปีงบประมาณนี้ สถานศึกษาเครือข่าย {colleges} แห่ง ส่งผู้เรียน {students} คน เข้าฝึกในสถานประกอบการ รวม {placements} รายการ (ไม่นับรายการที่ยกเลิกหรือถอนตัว)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>ผู้เรียนที่เข้าฝึก (คน)</translation>
    </message>
    <message>
        <source>Unit: placements; students placed: persons.</source>
        <translation>หน่วย: รายการฝึก ยกเว้นช่องผู้เรียนที่เข้าฝึก หน่วย: คน</translation>
    </message>
    <message>
        <source>Figure 1 Placements of the fiscal year per college and mode</source>
        <translation>ภาพที่ 1 จำนวนการฝึกในสถานประกอบการของปีงบประมาณ จำแนกตามสถานศึกษาและรูปแบบการฝึก</translation>
    </message>
    <message>
        <source>Figure 1 Placements of the fiscal year per college and mode (the {count} colleges with the most placements)</source>
        <translation>ภาพที่ 1 จำนวนการฝึกในสถานประกอบการของปีงบประมาณ จำแนกตามสถานศึกษาและรูปแบบการฝึก (เฉพาะสถานศึกษาที่มีจำนวนการฝึกสูงสุด {count} แห่ง)</translation>
    </message>
    <message>
        <source>2. Placements by status</source>
        <translation>2. การฝึกในสถานประกอบการ จำแนกตามสถานะ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>3. Supervision visits</source>
        <translation>3. การนิเทศการฝึก</translation>
    </message>
    <message>
        <source>No placement or supervision visit has been recorded for this year.</source>
        <translation>ในปีงบประมาณนี้ไม่มีการบันทึกการฝึกในสถานประกอบการหรือการนิเทศ</translation>
    </message>
    <message>
        <source>{seen} of the {total} placements of the year ({share}) had at least one supervision visit; {made} visits were made in the fiscal year.</source>
        <translation>การฝึกของปีงบประมาณ {total} รายการ ได้รับการนิเทศอย่างน้อย 1 ครั้ง {seen} รายการ ({share}) และในปีงบประมาณนี้มีการออกนิเทศทั้งสิ้น {made} ครั้ง</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>รายการฝึก</translation>
    </message>
    <message>
        <source>Placements visited</source>
        <translation>ได้รับการนิเทศ</translation>
    </message>
    <message>
        <source>Share visited</source>
        <translation>ร้อยละที่ได้รับการนิเทศ</translation>
    </message>
    <message>
        <source>Visits made in the year</source>
        <translation>ครั้งที่ออกนิเทศในปี</translation>
    </message>
    <message>
        <source>Average rating (1-5)</source>
        <translation>ผลการนิเทศเฉลี่ย (1–5)</translation>
    </message>
    <message>
        <source>4. Incidents of placed students</source>
        <translation>4. เหตุการณ์ที่เกิดกับผู้เรียนระหว่างการฝึก</translation>
    </message>
    <message>
        <source>No incident of a placed student was recorded in this fiscal year.</source>
        <translation>ในปีงบประมาณนี้ไม่มีการบันทึกเหตุการณ์ที่เกิดกับผู้เรียนระหว่างการฝึกในสถานประกอบการ</translation>
    </message>
    <message>
        <source>4.1 Incidents by kind and severity</source>
        <translation>4.1 เหตุการณ์จำแนกตามประเภทและระดับความรุนแรง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Unit: incidents. Severity as recorded by the college.</source>
        <translation>หน่วย: เรื่อง ระดับความรุนแรงตามที่สถานศึกษาบันทึก</translation>
    </message>
    <message>
        <source>4.2 Incidents of the year</source>
        <translation>4.2 รายการเหตุการณ์ในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่เกิดเหตุ</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Students are not named in this report; see the incident records.</source>
        <translation>รายงานนี้ไม่ระบุชื่อผู้เรียน รายละเอียดดูได้จากทะเบียนเหตุการณ์</translation>
    </message>
    <message>
        <source>{status}; escalated {day}</source>
        <translation>{status} (รายงานต่อ {day})</translation>
    </message>
    <message>
        <source>5. Safety of placed students (activity 6.2)</source>
        <translation>5. ความปลอดภัยของผู้เรียนในสถานประกอบการ (กิจกรรมที่ 6.2)</translation>
    </message>
    <message>
        <source>Nobody was placed in this fiscal year: there is no safety figure to compute.</source>
        <translation>ในปีงบประมาณนี้ไม่มีผู้เรียนเข้าฝึกในสถานประกอบการ จึงไม่มีตัวเลขความปลอดภัยที่จะคำนวณ</translation>
    </message>
    <message>
        <source>Of the {placed} students placed in the fiscal year, {safe} had no incident: {share} (target: {target}).</source>
        <translation>ผู้เรียนที่เข้าฝึกในสถานประกอบการในปีงบประมาณนี้ จำนวน {placed} คน ไม่ประสบเหตุ {safe} คน คิดเป็น {share} (ค่าเป้าหมาย {target})</translation>
    </message>
    <message>
        <source>5.1 Students placed without an incident, by college</source>
        <translation>5.1 ผู้เรียนที่ฝึกโดยไม่ประสบเหตุ จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>With an incident</source>
        <translation>ประสบเหตุ (คน)</translation>
    </message>
    <message>
        <source>Without an incident</source>
        <translation>ร้อยละที่ไม่ประสบเหตุ</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>ผลเทียบเป้าหมาย</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>รวมทั้งเครือข่าย</translation>
    </message>
    <message>
        <source>5.2 Safety training before the placement started</source>
        <translation>5.2 การอบรมความปลอดภัยก่อนเริ่มการฝึก</translation>
    </message>
    <message>
        <source>Safety training before the start</source>
        <translation>ได้รับการอบรมความปลอดภัยก่อนเริ่มฝึก</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>Counted as the target 6.2 counts it: every placement starting in the year, withdrawn ones included.</source>
        <translation>นับตามวิธีของเป้าหมายกิจกรรมที่ 6.2 คือ ทุกรายการฝึกที่เริ่มในปีงบประมาณ รวมรายการที่ยกเลิกหรือถอนตัว</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>ไม่บรรลุ</translation>
    </message>
    <message>
        <source>6. Targets of activity 6.2</source>
        <translation>6. ผลการดำเนินงานตามเป้าหมาย กิจกรรมที่ 6.2</translation>
    </message>
    <message>
        <source>Student placements and safety report</source>
        <translation>รายงานผลการฝึกประสบการณ์ทักษะวิชาชีพในสถานประกอบการและความปลอดภัยของผู้เรียน</translation>
    </message>
    <message>
        <source>Placements of the year by college and mode, supervision visits, incidents by severity, the safety figure and the targets of activity 6.2.</source>
        <translation>การฝึกในสถานประกอบการของปีงบประมาณจำแนกตามสถานศึกษาและรูปแบบ การนิเทศ เหตุการณ์จำแนกตามความรุนแรง ตัวเลขความปลอดภัย และผลการดำเนินงานตามเป้าหมายกิจกรรมที่ 6.2</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>The last fiscal year of the plan comes before its first.</source>
        <translation>ปีงบประมาณสุดท้ายของแผนต้องไม่ก่อนปีงบประมาณแรก</translation>
    </message>
    <message>
        <source>An annual action plan covers one fiscal year.</source>
        <translation>แผนปฏิบัติการประจำปีครอบคลุมปีงบประมาณเดียว</translation>
    </message>
    <message>
        <source>A five-year development plan covers at most five fiscal years.</source>
        <translation>แผนพัฒนา 5 ปีครอบคลุมได้ไม่เกิน 5 ปีงบประมาณ</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <source>Five-year and annual plans (manual 2.1-2.2)</source>
        <translation>แผนพัฒนา 5 ปีและแผนปฏิบัติการประจำปี (คู่มือ 2.1-2.2)</translation>
    </message>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>&amp;ปีงบประมาณ (พ.ศ.):</translation>
    </message>
    <message>
        <source>The figures could not be read. Choose the year again to retry.</source>
        <translation>ไม่สามารถอ่านข้อมูลได้ กรุณาเลือกปีอีกครั้งเพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>กำลังอ่านข้อมูล…</translation>
    </message>
    <message>
        <source>Plans covering the year: five-year {five_year}, annual {annual}.</source>
        <translation>แผนที่ครอบคลุมปีนี้: แผนพัฒนา 5 ปี {five_year} แผน แผนปฏิบัติการประจำปี {annual} แผน</translation>
    </message>
    <message>
        <source>Planned activities done: no data (no activity is due in the year).</source>
        <translation>กิจกรรมตามแผนที่ดำเนินการแล้วเสร็จ: ไม่มีข้อมูล (ไม่มีกิจกรรมที่กำหนดเสร็จในปีนี้)</translation>
    </message>
    <message>
        <source>Planned activities done: {done} of {due} due in the year ({share}).</source>
        <translation>กิจกรรมตามแผนที่ดำเนินการแล้วเสร็จ: {done} จาก {due} กิจกรรมที่กำหนดเสร็จในปีนี้ ({share})</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>เลื่อนมาที่นี่</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>บนสุด</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>ล่างสุด</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>เลื่อนขึ้นหนึ่งหน้า</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>เลื่อนลงหนึ่งหน้า</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>ซ้ายสุด</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>ขวาสุด</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>เลื่อนซ้ายหนึ่งหน้า</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>เลื่อนขวาหนึ่งหน้า</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>เลื่อนซ้าย</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>เลื่อนขวา</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกที่อยู่ลิงก์ (&amp;L)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Choose a file</source>
        <translation>เลือกไฟล์</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>พิมพ์ส่วนหนึ่งของชื่อเพื่อค้นหา</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Sync status: {state}</source>
        <translation>สถานะการส่งข้อมูล: {state}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>This record no longer exists.</source>
        <translation>ไม่พบข้อมูลรายการนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>College code</source>
        <translation>รหัสสถานศึกษา</translation>
    </message>
    <message>
        <source>Public or private</source>
        <translation>สังกัด (รัฐ/เอกชน)</translation>
    </message>
    <message>
        <source>College group</source>
        <translation>กลุ่มสถานศึกษา</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Teaches the Vocational Certificate</source>
        <translation>จัดการเรียนการสอนระดับ ปวช.</translation>
    </message>
    <message>
        <source>Teaches the Higher Vocational Certificate</source>
        <translation>จัดการเรียนการสอนระดับ ปวส.</translation>
    </message>
    <message>
        <source>Teaches the Bachelor of Technology</source>
        <translation>จัดการเรียนการสอนระดับ ทล.บ.</translation>
    </message>
    <message>
        <source>Runs short courses</source>
        <translation>จัดหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Offers formal study</source>
        <translation>จัดการศึกษาในระบบ</translation>
    </message>
    <message>
        <source>Offers non-formal study</source>
        <translation>จัดการศึกษานอกระบบ</translation>
    </message>
    <message>
        <source>Offers dual vocational training</source>
        <translation>จัดการอาชีวศึกษาระบบทวิภาคี</translation>
    </message>
    <message>
        <source>CVM center</source>
        <translation>ศูนย์ CVM</translation>
    </message>
    <message>
        <source>{label}: a college with this name is already recorded.</source>
        <translation>{label}: มีสถานศึกษาชื่อนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>{label}: another college already has this code.</source>
        <translation>{label}: รหัสนี้เป็นของสถานศึกษาอื่นในระบบแล้ว</translation>
    </message>
    <message>
        <source>{label}: choose public or private.</source>
        <translation>{label}: โปรดเลือกรัฐหรือเอกชน</translation>
    </message>
    <message>
        <source>{label}: choose one of the groups.</source>
        <translation>{label}: โปรดเลือกกลุ่มจากรายการ</translation>
    </message>
    <message>
        <source>New network college</source>
        <translation>เพิ่มสถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Edit network college</source>
        <translation>แก้ไขสถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ที่ตั้ง</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>รหัสประเทศ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>สาขาวิชาที่มีความเป็นเลิศ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <source>Edition year (B.E.; Vocational Certificate 2562, Higher Vocational Certificate 2563)</source>
        <translation>ฉบับปี พ.ศ. (ปวช. พ.ศ. 2562, ปวส. พ.ศ. 2563)</translation>
    </message>
    <message>
        <source>Curriculum title</source>
        <translation>ชื่อหลักสูตร</translation>
    </message>
    <message>
        <source>Revision status</source>
        <translation>สถานะการปรับปรุงหลักสูตร</translation>
    </message>
    <message>
        <source>Revision started on</source>
        <translation>วันที่เริ่มปรับปรุงหลักสูตร</translation>
    </message>
    <message>
        <source>Reviewed with enterprises on</source>
        <translation>วันที่วิพากษ์หลักสูตรร่วมกับสถานประกอบการ</translation>
    </message>
    <message>
        <source>Approved by the college board on</source>
        <translation>วันที่คณะกรรมการสถานศึกษาให้ความเห็นชอบ</translation>
    </message>
    <message>
        <source>Submitted to the Office of the Vocational Education Commission on</source>
        <translation>วันที่เสนอสำนักงานคณะกรรมการการอาชีวศึกษา</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>วันที่อนุมัติ</translation>
    </message>
    <message>
        <source>{label} cannot be before the date of the earlier step ({earlier}).</source>
        <translation>{label}ต้องไม่ก่อนวันที่ของขั้นตอนก่อนหน้า ({earlier})</translation>
    </message>
    <message>
        <source>{label}: choose a recorded subject.</source>
        <translation>{label}: โปรดเลือกสาขาวิชาที่มีในระบบ</translation>
    </message>
    <message>
        <source>{label}: choose Vocational Certificate or Higher Vocational Certificate.</source>
        <translation>{label}: โปรดเลือกระดับ ปวช. หรือ ปวส.</translation>
    </message>
    <message>
        <source>{label}: choose one of the statuses.</source>
        <translation>{label}: โปรดเลือกสถานะจากรายการ</translation>
    </message>
    <message>
        <source>{label} is required when the revision is approved.</source>
        <translation>ต้องระบุ{label}เมื่อหลักสูตรได้รับอนุมัติแล้ว</translation>
    </message>
    <message>
        <source>{label}: a curriculum of this subject, level and edition is already recorded.</source>
        <translation>{label}: มีหลักสูตรของสาขาวิชา ระดับ และฉบับปีนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>Vocational Certificate 2562, Higher Vocational Certificate 2563</source>
        <translation>ปวช. พ.ศ. 2562, ปวส. พ.ศ. 2563</translation>
    </message>
    <message>
        <source>New curriculum</source>
        <translation>เพิ่มหลักสูตร</translation>
    </message>
    <message>
        <source>Edit curriculum</source>
        <translation>แก้ไขหลักสูตร</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>รหัสหน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>Unit title</source>
        <translation>ชื่อหน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>TPQI level (1-8)</source>
        <translation>ระดับคุณวุฒิวิชาชีพ (1-8)</translation>
    </message>
    <message>
        <source>Occupation standard</source>
        <translation>มาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>{label}: a TPQI level is a number from {first} to {last}.</source>
        <translation>{label}: ระดับคุณวุฒิวิชาชีพต้องเป็นตัวเลขตั้งแต่ {first} ถึง {last}</translation>
    </message>
    <message>
        <source>{label}: a unit of competency with this code is already recorded.</source>
        <translation>{label}: มีหน่วยสมรรถนะรหัสนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>New unit of competency</source>
        <translation>เพิ่มหน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>Edit unit of competency</source>
        <translation>แก้ไขหน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Unit of competency</source>
        <translation>หน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>Course code</source>
        <translation>รหัสวิชา</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>ชื่อวิชา</translation>
    </message>
    <message>
        <source>{title} ({edition})</source>
        <translation>{title} (ฉบับปี {edition})</translation>
    </message>
    <message>
        <source>{label}: choose a recorded curriculum.</source>
        <translation>{label}: โปรดเลือกหลักสูตรที่มีในระบบ</translation>
    </message>
    <message>
        <source>{label}: choose a recorded unit of competency.</source>
        <translation>{label}: โปรดเลือกหน่วยสมรรถนะที่มีในระบบ</translation>
    </message>
    <message>
        <source>{label}: this course is already mapped to this unit of competency.</source>
        <translation>{label}: รายวิชานี้เทียบกับหน่วยสมรรถนะนี้ไว้แล้ว</translation>
    </message>
    <message>
        <source>Map a course to a unit of competency</source>
        <translation>เทียบรายวิชากับหน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>Edit a course mapping</source>
        <translation>แก้ไขการเทียบรายวิชา</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>จำนวนอัตราที่ต้องการ</translation>
    </message>
    <message>
        <source>{label}: choose one of the values offered.</source>
        <translation>{label}: กรุณาเลือกจากรายการที่กำหนด</translation>
    </message>
    <message>
        <source>{label}: a level runs from 1 to {last} (0 if there is none).</source>
        <translation>{label}: ระดับต้องอยู่ระหว่าง 1 ถึง {last} (ใส่ 0 หากไม่มี)</translation>
    </message>
    <message>
        <source>Type of center</source>
        <translation>ประเภทศูนย์</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>ชื่อศูนย์</translation>
    </message>
    <message>
        <source>Licence or accreditation number</source>
        <translation>เลขที่ใบอนุญาตหรือหนังสือรับรอง</translation>
    </message>
    <message>
        <source>Scope (standards and levels)</source>
        <translation>ขอบข่าย (มาตรฐานอาชีพและระดับ)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>วันเริ่มการรับรอง</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>วันสิ้นอายุการรับรอง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>{label}: this college no longer exists.</source>
        <translation>{label}: ไม่พบสถานศึกษานี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>{label} cannot be before the first day of validity.</source>
        <translation>{label} ต้องไม่ก่อนวันเริ่มการรับรอง</translation>
    </message>
    <message>
        <source>{label} is required for an accredited or licensed center.</source>
        <translation>ศูนย์ที่ได้รับการรับรองหรือได้รับอนุญาตแล้วต้องระบุ{label}</translation>
    </message>
    <message>
        <source>{label}: this college already has a center of this name.</source>
        <translation>{label}: สถานศึกษานี้มีศูนย์ชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>New certification or test center</source>
        <translation>เพิ่มศูนย์ประเมินหรือศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Edit certification or test center</source>
        <translation>แก้ไขศูนย์ประเมินหรือศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Certification center</source>
        <translation>ศูนย์ประเมิน/ศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>Occupational standard</source>
        <translation>มาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Level (1-8; 0 if none)</source>
        <translation>ระดับ (1-8; ใส่ 0 หากไม่มี)</translation>
    </message>
    <message>
        <source>Seats (0 if not set)</source>
        <translation>จำนวนที่นั่ง (ใส่ 0 หากไม่กำหนด)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>{label}: this certification center no longer exists.</source>
        <translation>{label}: ไม่พบศูนย์นี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>เพิ่มรอบการประเมิน</translation>
    </message>
    <message>
        <source>Edit assessment round</source>
        <translation>แก้ไขรอบการประเมิน</translation>
    </message>
    <message>
        <source>Assessment round (optional)</source>
        <translation>รอบการประเมิน (ถ้ามี)</translation>
    </message>
    <message>
        <source>Person assessed</source>
        <translation>ผู้เข้ารับการประเมิน</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>Student or graduate</source>
        <translation>นักเรียนนักศึกษาหรือผู้สำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>เลขที่วุฒิบัตร</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>This certificate number is already recorded for another result.</source>
        <translation>เลขที่หนังสือรับรองนี้บันทึกไว้แล้วกับผลการประเมินรายการอื่น</translation>
    </message>
    <message>
        <source>This certificate number was given to a result that has been deleted; a certificate number is never used twice.</source>
        <translation>เลขที่หนังสือรับรองนี้เคยใช้กับผลการประเมินที่ถูกลบไปแล้ว เลขที่หนังสือรับรองใช้ซ้ำไม่ได้</translation>
    </message>
    <message>
        <source>This person&apos;s college is not in this CVM center&apos;s network, so results cannot be recorded here. The center of that network records them.</source>
        <translation>สถานศึกษาของบุคคลนี้ไม่อยู่ในเครือข่ายของศูนย์ CVM นี้ จึงบันทึกผลการประเมินที่นี่ไม่ได้ ให้ศูนย์ของเครือข่ายนั้นเป็นผู้บันทึก</translation>
    </message>
    <message>
        <source>{label}: this person no longer exists.</source>
        <translation>{label}: ไม่พบบุคคลนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>{label}: this assessment round no longer exists.</source>
        <translation>{label}: ไม่พบรอบการประเมินนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>{label}: only a result of “passed” has a certificate.</source>
        <translation>{label}: ระบุได้เฉพาะผลการประเมินที่ “ผ่าน” เท่านั้น</translation>
    </message>
    <message>
        <source>New certification result</source>
        <translation>เพิ่มผลการรับรองมาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Edit certification result</source>
        <translation>แก้ไขผลการรับรองมาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>ประเภทข้อตกลง</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>ขอบเขตความร่วมมือ</translation>
    </message>
    <message>
        <source>Dual vocational training</source>
        <translation>การจัดการอาชีวศึกษาระบบทวิภาคี</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>กรุณาระบุ{label}</translation>
    </message>
    <message>
        <source>{label} is too long: at most {count} characters.</source>
        <translation>{label}ยาวเกินกำหนด (ไม่เกิน {count} ตัวอักษร)</translation>
    </message>
    <message>
        <source>This computer is not yet set up as the office of a CVM center, so this record cannot be saved. Set up the center first.</source>
        <translation>เครื่องนี้ยังไม่ได้ตั้งค่าเป็นสำนักงานของศูนย์ CVM จึงบันทึกข้อมูลนี้ไม่ได้ โปรดตั้งค่าศูนย์ก่อน</translation>
    </message>
    <message>
        <source>{label}: an enterprise with this name is already recorded.</source>
        <translation>{label}: มีสถานประกอบการชื่อนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>{label}: no Thai province has this name.</source>
        <translation>{label}: ไม่พบจังหวัดของประเทศไทยที่มีชื่อนี้</translation>
    </message>
    <message>
        <source>{label} of an enterprise in Thailand must be TH.</source>
        <translation>{label}ของสถานประกอบการในประเทศไทยต้องเป็น TH</translation>
    </message>
    <message>
        <source>{label}: write the two-letter code of the country abroad, for example JP.</source>
        <translation>{label}: กรุณาระบุรหัสประเทศสองตัวอักษรของประเทศที่ตั้ง เช่น JP</translation>
    </message>
    <message>
        <source>{label} is only for an enterprise in Thailand; leave it empty.</source>
        <translation>{label}ใช้เฉพาะสถานประกอบการในประเทศไทย กรุณาเว้นว่างไว้</translation>
    </message>
    <message>
        <source>{label}: choose in Thailand or abroad.</source>
        <translation>{label}: กรุณาเลือกในประเทศหรือต่างประเทศ</translation>
    </message>
    <message>
        <source>{label} is not a valid email address, for example name@example.com.</source>
        <translation>{label}ไม่ถูกต้องตามรูปแบบ เช่น name@example.com</translation>
    </message>
    <message>
        <source>Placement mode</source>
        <translation>รูปแบบการฝึก</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>จำนวนที่นั่ง</translation>
    </message>
    <message>
        <source>{label}: choose a recorded enterprise.</source>
        <translation>{label}: กรุณาเลือกสถานประกอบการที่มีในระบบ</translation>
    </message>
    <message>
        <source>{label}: choose a recorded excellent subject.</source>
        <translation>{label}: กรุณาเลือกสาขาวิชาที่มีความเป็นเลิศที่มีในระบบ</translation>
    </message>
    <message>
        <source>{label}: choose one of the levels.</source>
        <translation>{label}: กรุณาเลือกระดับการศึกษาจากรายการ</translation>
    </message>
    <message>
        <source>{label} must be a Buddhist Era year from {first} to {last}.</source>
        <translation>{label}ต้องเป็นปีพุทธศักราชระหว่าง {first} ถึง {last}</translation>
    </message>
    <message>
        <source>{label}: choose internship, dual vocational training or work-based learning.</source>
        <translation>{label}: โปรดเลือกฝึกงาน ทวิภาคี หรือการเรียนรู้ควบคู่การทำงาน</translation>
    </message>
    <message>
        <source>{label} must be a whole number from 1 to {last}.</source>
        <translation>{label} ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง {last}</translation>
    </message>
    <message>
        <source>{label}: seats of this mode are already recorded for this enterprise, college, subject and level in this fiscal year; edit that record instead.</source>
        <translation>{label}: มีการบันทึกที่นั่งรูปแบบนี้ของสถานประกอบการ สถานศึกษา สาขาวิชา และระดับการศึกษานี้ในปีงบประมาณนี้แล้ว โปรดแก้ไขรายการเดิมแทน</translation>
    </message>
    <message>
        <source>New placement capacity</source>
        <translation>เพิ่มจำนวนที่นั่งรับนักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>Edit placement capacity</source>
        <translation>แก้ไขจำนวนที่นั่งรับนักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>{label} must be at least 1.</source>
        <translation>{label}ต้องไม่น้อยกว่า 1</translation>
    </message>
    <message>
        <source>{label}: this enterprise already has a demand for this subject and level in this fiscal year.</source>
        <translation>{label}: สถานประกอบการนี้มีข้อมูลความต้องการกำลังคนของสาขาวิชาและระดับการศึกษานี้ในปีงบประมาณนี้แล้ว</translation>
    </message>
    <message>
        <source>{label}: write a date as day/month/Buddhist Era year, for example 1/10/2568.</source>
        <translation>{label}: โปรดระบุวันที่ในรูปแบบ วัน/เดือน/ปีพุทธศักราช เช่น 1/10/2568</translation>
    </message>
    <message>
        <source>{label}: choose MOU or MOA.</source>
        <translation>{label}: โปรดเลือก MOU หรือ MOA</translation>
    </message>
    <message>
        <source>{label}: choose a recorded college.</source>
        <translation>{label}: โปรดเลือกสถานศึกษาที่มีอยู่ในระบบ</translation>
    </message>
    <message>
        <source>{label} cannot be before the signing date.</source>
        <translation>{label}ต้องไม่ก่อนวันที่ลงนาม</translation>
    </message>
    <message>
        <source>{label}: this college already has an agreement of this type with this enterprise signed on this date.</source>
        <translation>{label}: สถานศึกษานี้มีข้อตกลงประเภทนี้กับสถานประกอบการนี้ซึ่งลงนามในวันที่ดังกล่าวอยู่แล้ว</translation>
    </message>
    <message>
        <source>day/month/B.E. year, for example 1/10/2568</source>
        <translation>วัน/เดือน/ปี พ.ศ. เช่น 1/10/2568</translation>
    </message>
    <message>
        <source>two letters, for example TH or JP</source>
        <translation>อักษรสองตัว เช่น TH หรือ JP</translation>
    </message>
    <message>
        <source>for example 081 234 5678</source>
        <translation>เช่น 081 234 5678</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>เพิ่มสถานประกอบการ</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>แก้ไขสถานประกอบการ</translation>
    </message>
    <message>
        <source>New workforce demand</source>
        <translation>เพิ่มความต้องการกำลังคน</translation>
    </message>
    <message>
        <source>Edit workforce demand</source>
        <translation>แก้ไขความต้องการกำลังคน</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>เพิ่มข้อตกลงความร่วมมือ</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>แก้ไขข้อตกลงความร่วมมือ</translation>
    </message>
    <message>
        <source>Committee type</source>
        <translation>ประเภทคณะกรรมการ</translation>
    </message>
    <message>
        <source>Committee name</source>
        <translation>ชื่อคณะกรรมการ</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>วันที่แต่งตั้ง</translation>
    </message>
    <message>
        <source>{label}: choose one of the types of committee.</source>
        <translation>{label}: โปรดเลือกประเภทคณะกรรมการจากรายการ</translation>
    </message>
    <message>
        <source>{label}: a committee with this name is already recorded.</source>
        <translation>{label}: มีคณะกรรมการชื่อนี้ในระบบแล้ว</translation>
    </message>
    <message>
        <source>New committee</source>
        <translation>เพิ่มคณะกรรมการ</translation>
    </message>
    <message>
        <source>Edit committee</source>
        <translation>แก้ไขคณะกรรมการ</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Name title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Role on the committee</source>
        <translation>ตำแหน่งในคณะกรรมการ</translation>
    </message>
    <message>
        <source>{english} ({thai})</source>
        <translation>{thai}</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ไม่ระบุคำนำหน้าชื่อ)</translation>
    </message>
    <message>
        <source>{label}: choose a recorded committee.</source>
        <translation>{label}: โปรดเลือกคณะกรรมการที่มีอยู่ในระบบ</translation>
    </message>
    <message>
        <source>{label}: choose a title from the list.</source>
        <translation>{label}: โปรดเลือกคำนำหน้าชื่อจากรายการ</translation>
    </message>
    <message>
        <source>{label}: choose one of the roles.</source>
        <translation>{label}: โปรดเลือกตำแหน่งจากรายการ</translation>
    </message>
    <message>
        <source>{label}: this person is already a member of this committee.</source>
        <translation>{label}: บุคคลนี้เป็นกรรมการในคณะกรรมการนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>New committee member</source>
        <translation>เพิ่มกรรมการ</translation>
    </message>
    <message>
        <source>Edit committee member</source>
        <translation>แก้ไขข้อมูลกรรมการ</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>ประเภทการประชุม</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>วันที่ประชุม</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>ชื่อการประชุม</translation>
    </message>
    <message>
        <source>Attendees (0 if not recorded)</source>
        <translation>จำนวนผู้เข้าประชุม (0 = ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <source>Minutes file</source>
        <translation>ไฟล์รายงานการประชุม</translation>
    </message>
    <message>
        <source>{label}: choose one of the kinds of meeting.</source>
        <translation>{label}: โปรดเลือกประเภทการประชุมจากรายการ</translation>
    </message>
    <message>
        <source>{label} must be a number from {first} to {last}.</source>
        <translation>{label}ต้องเป็นตัวเลขตั้งแต่ {first} ถึง {last}</translation>
    </message>
    <message>
        <source>{label}: a meeting of this kind with this title is already recorded on this date.</source>
        <translation>{label}: มีการประชุมประเภทนี้ในชื่อนี้ของวันดังกล่าวในระบบแล้ว</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>เพิ่มการประชุม</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>แก้ไขการประชุม</translation>
    </message>
    <message>
        <source>Mentor in the enterprise</source>
        <translation>ผู้ดูแลในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Internship plan</source>
        <translation>แผนการฝึกประสบการณ์</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>วันที่เริ่ม</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Final report received on</source>
        <translation>วันที่ได้รับรายงานผลการฝึกประสบการณ์</translation>
    </message>
    <message>
        <source>Teacher internship</source>
        <translation>การฝึกประสบการณ์ของครู</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>งานที่ปฏิบัติ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>จำนวนชั่วโมง</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>วันที่กำหนดนิเทศ</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>วันที่นิเทศ</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>ผู้นิเทศ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ผลการนิเทศ</translation>
    </message>
    <message>
        <source>Rating (1-5, 0 if not rated)</source>
        <translation>ผลการประเมิน (1-5 หากไม่ได้ประเมินให้ใส่ 0)</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>ประเภทเหตุการณ์</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>วันที่เกิดเหตุ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>รายละเอียดเหตุการณ์</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>การดำเนินการแก้ไข</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>วันที่รายงานผู้บังคับบัญชา</translation>
    </message>
    <message>
        <source>{teacher} · {enterprise} · {first}–{last}</source>
        <translation>{teacher} · {enterprise} · {first}–{last}</translation>
    </message>
    <message>
        <source>{label}: choose a recorded teacher internship.</source>
        <translation>{label}: โปรดเลือกการฝึกประสบการณ์ของครูที่มีอยู่ในระบบ</translation>
    </message>
    <message>
        <source>{label} must fall within the internship, from {first} to {last}.</source>
        <translation>{label}ต้องอยู่ในช่วงการฝึกประสบการณ์ ตั้งแต่ {first} ถึง {last}</translation>
    </message>
    <message>
        <source>{label}: choose a recorded teacher.</source>
        <translation>{label}: โปรดเลือกครูที่มีอยู่ในระบบ</translation>
    </message>
    <message>
        <source>{label}: an internship cannot end before it starts.</source>
        <translation>{label}: วันที่สิ้นสุดการฝึกประสบการณ์ต้องไม่ก่อนวันที่เริ่ม</translation>
    </message>
    <message>
        <source>{label} cannot be before the internship starts.</source>
        <translation>{label}ต้องไม่ก่อนวันที่เริ่มการฝึกประสบการณ์</translation>
    </message>
    <message>
        <source>{label}: this teacher already has an internship on some of these dates; one teacher cannot be in two internships at once.</source>
        <translation>{label}: ครูท่านนี้มีการฝึกประสบการณ์ในช่วงวันที่ดังกล่าวอยู่แล้ว ครูหนึ่งท่านไม่สามารถฝึกประสบการณ์สองแห่งพร้อมกันได้</translation>
    </message>
    <message>
        <source>{label}: daily logs are recorded outside these dates; change or delete those logs first.</source>
        <translation>{label}: มีบันทึกประจำวันอยู่นอกช่วงวันที่นี้ โปรดแก้ไขหรือลบบันทึกดังกล่าวก่อน</translation>
    </message>
    <message>
        <source>New teacher internship</source>
        <translation>เพิ่มการฝึกประสบการณ์ของครู</translation>
    </message>
    <message>
        <source>Edit teacher internship</source>
        <translation>แก้ไขการฝึกประสบการณ์ของครู</translation>
    </message>
    <message>
        <source>{label} must be a number from 0.5 to 24 with at most one decimal, for example 7.5.</source>
        <translation>{label}ต้องเป็นตัวเลขตั้งแต่ 0.5 ถึง 24 มีทศนิยมไม่เกินหนึ่งตำแหน่ง เช่น 7.5</translation>
    </message>
    <message>
        <source>{label}: this internship already has a daily log for this date; edit that log instead.</source>
        <translation>{label}: การฝึกประสบการณ์นี้มีบันทึกประจำวันของวันที่นี้แล้ว โปรดแก้ไขบันทึกเดิมแทน</translation>
    </message>
    <message>
        <source>for example 8 or 7.5</source>
        <translation>เช่น 8 หรือ 7.5</translation>
    </message>
    <message>
        <source>New daily log</source>
        <translation>เพิ่มบันทึกประจำวัน</translation>
    </message>
    <message>
        <source>Edit daily log</source>
        <translation>แก้ไขบันทึกประจำวัน</translation>
    </message>
    <message>
        <source>{label}: give the planned date, the date of the visit or both.</source>
        <translation>{label}: โปรดระบุวันที่กำหนดนิเทศ วันที่นิเทศ หรือทั้งสองวัน</translation>
    </message>
    <message>
        <source>New supervision visit</source>
        <translation>เพิ่มการนิเทศ</translation>
    </message>
    <message>
        <source>Edit supervision visit</source>
        <translation>แก้ไขการนิเทศ</translation>
    </message>
    <message>
        <source>{label}: choose one of the options.</source>
        <translation>{label}: โปรดเลือกจากรายการที่กำหนด</translation>
    </message>
    <message>
        <source>{label} cannot be before the incident occurred.</source>
        <translation>{label}ต้องไม่ก่อนวันที่เกิดเหตุ</translation>
    </message>
    <message>
        <source>New safety incident</source>
        <translation>เพิ่มเหตุการณ์ด้านความปลอดภัย</translation>
    </message>
    <message>
        <source>Edit safety incident</source>
        <translation>แก้ไขเหตุการณ์ด้านความปลอดภัย</translation>
    </message>
    <message>
        <source>Short course title</source>
        <translation>ชื่อหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Skill track</source>
        <translation>ประเภทการพัฒนาทักษะ</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>สมรรถนะ</translation>
    </message>
    <message>
        <source>Approved by (college director)</source>
        <translation>ผู้อนุมัติ (ผู้อำนวยการสถานศึกษา)</translation>
    </message>
    <message>
        <source>{label}: choose one of the tracks.</source>
        <translation>{label}: โปรดเลือกประเภทจากรายการ</translation>
    </message>
    <message>
        <source>{label}: write both the approval date and the director who approved, or neither.</source>
        <translation>{label}: โปรดระบุทั้งวันที่อนุมัติและผู้อำนวยการผู้อนุมัติ หรือเว้นว่างทั้งสองช่อง</translation>
    </message>
    <message>
        <source>New short course</source>
        <translation>เพิ่มหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Edit short course</source>
        <translation>แก้ไขหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Short course</source>
        <translation>หลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Capacity (trainees)</source>
        <translation>จำนวนที่รับได้ (คน)</translation>
    </message>
    <message>
        <source>{label}: choose a recorded short course.</source>
        <translation>{label}: โปรดเลือกหลักสูตรระยะสั้นที่มีในระบบ</translation>
    </message>
    <message>
        <source>{label} cannot be before the start.</source>
        <translation>{label}ต้องไม่ก่อนวันที่เริ่ม</translation>
    </message>
    <message>
        <source>{label} cannot be less than the trainees already recorded.</source>
        <translation>{label}ต้องไม่น้อยกว่าจำนวนผู้เข้ารับการฝึกอบรมที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>New short-course run</source>
        <translation>เพิ่มรุ่นการฝึกอบรมหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Edit short-course run</source>
        <translation>แก้ไขรุ่นการฝึกอบรมหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>รุ่นการฝึกอบรม</translation>
    </message>
    <message>
        <source>Trainee group</source>
        <translation>ประเภทผู้เข้ารับการฝึกอบรม</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>นักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>Enterprise trainer</source>
        <translation>ครูฝึก</translation>
    </message>
    <message>
        <source>Supervising teacher</source>
        <translation>ครูนิเทศก์</translation>
    </message>
    <message>
        <source>Agreed tasks</source>
        <translation>งานที่ตกลงมอบหมาย</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>เหตุผลที่ถอนตัว</translation>
    </message>
    <message>
        <source>{label}: choose one of the list.</source>
        <translation>{label}: โปรดเลือกจากรายการ</translation>
    </message>
    <message>
        <source>{label}: a placement cannot end before it starts.</source>
        <translation>{label}: วันสิ้นสุดการฝึกต้องไม่อยู่ก่อนวันเริ่มฝึก</translation>
    </message>
    <message>
        <source>New student placement</source>
        <translation>เพิ่มการฝึกของนักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>Edit student placement</source>
        <translation>แก้ไขการฝึกของนักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>Completed the course</source>
        <translation>สำเร็จการฝึกอบรม</translation>
    </message>
    <message>
        <source>{course} · {starts}</source>
        <translation>{course} · {starts}</translation>
    </message>
    <message>
        <source>A trainee of the student group must be a recorded student.</source>
        <translation>ผู้เข้ารับการฝึกอบรมประเภทนักเรียนต้องเป็นนักเรียนที่มีในระบบ</translation>
    </message>
    <message>
        <source>Only students in Vocational Certificate year 3 or Higher Vocational Certificate year 2 can train on a short course.</source>
        <translation>หลักสูตรระยะสั้นรับเฉพาะนักเรียนชั้น ปวช.3 หรือ ปวส.2</translation>
    </message>
    <message>
        <source>This person is already a trainee of this run.</source>
        <translation>บุคคลนี้เป็นผู้เข้ารับการฝึกอบรมในรุ่นนี้แล้ว</translation>
    </message>
    <message>
        <source>This run is full: it has as many trainees as its capacity.</source>
        <translation>รุ่นนี้เต็มแล้ว: มีผู้เข้ารับการฝึกอบรมครบตามจำนวนที่รับได้</translation>
    </message>
    <message>
        <source>{label}: choose a recorded run.</source>
        <translation>{label}: โปรดเลือกรุ่นการฝึกอบรมที่มีในระบบ</translation>
    </message>
    <message>
        <source>{label}: choose a recorded student.</source>
        <translation>{label}: โปรดเลือกนักเรียนนักศึกษาที่มีในระบบ</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>New short-course trainee</source>
        <translation>เพิ่มผู้เข้ารับการฝึกอบรมหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Edit short-course trainee</source>
        <translation>แก้ไขผู้เข้ารับการฝึกอบรมหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับ</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>ไม่ได้รับ</translation>
    </message>
    <message>
        <source>Student code</source>
        <translation>รหัสนักเรียน</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>National ID number</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>ชั้นปี</translation>
    </message>
    <message>
        <source>Academic year of entry (B.E.)</source>
        <translation>ปีการศึกษาที่เข้าเรียน (พ.ศ.)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>สาขาวิชา</translation>
    </message>
    <message>
        <source>Mode of study</source>
        <translation>รูปแบบการศึกษา</translation>
    </message>
    <message>
        <source>Special needs (sensitive data)</source>
        <translation>ความต้องการพิเศษ (ข้อมูลอ่อนไหว)</translation>
    </message>
    <message>
        <source>Equity-fund scholarship (sensitive data)</source>
        <translation>ทุนกองทุนเพื่อความเสมอภาคทางการศึกษา (ข้อมูลอ่อนไหว)</translation>
    </message>
    <message>
        <source>Basis for holding the sensitive data</source>
        <translation>ฐานในการเก็บรวบรวมข้อมูลอ่อนไหว</translation>
    </message>
    <message>
        <source>{label}: another student already has this number.</source>
        <translation>{label}: เลขนี้เป็นของนักเรียนคนอื่นที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>{label} must be from 1 to {last} at this level.</source>
        <translation>{label}ต้องอยู่ระหว่าง 1 ถึง {last} สำหรับระดับนี้</translation>
    </message>
    <message>
        <source>{label} is required when special needs or the equity-fund scholarship are recorded: write why the college holds this sensitive data, for example the student&apos;s or parent&apos;s consent or the equity fund&apos;s rules.</source>
        <translation>ต้องระบุ{label} เมื่อบันทึกความต้องการพิเศษหรือทุนกองทุนเพื่อความเสมอภาคทางการศึกษา โดยระบุเหตุที่สถานศึกษาเก็บข้อมูลอ่อนไหวนี้ เช่น ความยินยอมของนักเรียนหรือผู้ปกครอง หรือหลักเกณฑ์ของกองทุน</translation>
    </message>
    <message>
        <source>{label}: another student of this college already has this code.</source>
        <translation>{label}: รหัสนี้เป็นของนักเรียนคนอื่นในสถานศึกษานี้แล้ว</translation>
    </message>
    <message>
        <source>required when a sensitive field is filled, for example written consent</source>
        <translation>ต้องระบุเมื่อกรอกข้อมูลอ่อนไหว เช่น หนังสือแสดงความยินยอม</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>เพิ่มนักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation>แก้ไขข้อมูลนักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>Type of briefing</source>
        <translation>ประเภทการอบรม</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>ผู้ให้การอบรม</translation>
    </message>
    <message>
        <source>{label}: this student already has a briefing of this type on this day; edit that record instead.</source>
        <translation>{label}: นักเรียนคนนี้มีบันทึกการอบรมประเภทนี้ในวันนี้แล้ว โปรดแก้ไขบันทึกเดิมแทน</translation>
    </message>
    <message>
        <source>New safety training or orientation</source>
        <translation>เพิ่มการอบรมความปลอดภัยหรือการปฐมนิเทศ</translation>
    </message>
    <message>
        <source>Edit safety training or orientation</source>
        <translation>แก้ไขการอบรมความปลอดภัยหรือการปฐมนิเทศ</translation>
    </message>
    <message>
        <source>Subject taught</source>
        <translation>สาขาวิชาที่สอน</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>วุฒิการศึกษา</translation>
    </message>
    <message>
        <source>{label} is not valid: check the 13 digits.</source>
        <translation>{label}ไม่ถูกต้อง โปรดตรวจสอบตัวเลขทั้ง 13 หลัก</translation>
    </message>
    <message>
        <source>{label}: another teacher already has this number.</source>
        <translation>{label}: เลขนี้ซ้ำกับครูที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>{label}: choose a college of the network.</source>
        <translation>{label}: โปรดเลือกสถานศึกษาในเครือข่าย</translation>
    </message>
    <message>
        <source>{label} is not a valid Thai phone number, for example 081 234 5678.</source>
        <translation>{label}ไม่ถูกต้อง โปรดระบุหมายเลขโทรศัพท์ในประเทศไทย เช่น 081 234 5678</translation>
    </message>
    <message>
        <source>{label}: a teacher with this name is already recorded in this college.</source>
        <translation>{label}: มีครูชื่อ-นามสกุลนี้ในสถานศึกษานี้บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>13 digits, may be left empty</source>
        <translation>ตัวเลข 13 หลัก เว้นว่างได้</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>เพิ่มข้อมูลครู</translation>
    </message>
    <message>
        <source>Edit teacher</source>
        <translation>แก้ไขข้อมูลครู</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>สมรรถนะ</translation>
    </message>
    <message>
        <source>Current level (1-5)</source>
        <translation>ระดับปัจจุบัน (1-5)</translation>
    </message>
    <message>
        <source>Target level (1-5)</source>
        <translation>ระดับเป้าหมาย (1-5)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>{label} must be above the current level.</source>
        <translation>{label}ต้องสูงกว่าระดับปัจจุบัน</translation>
    </message>
    <message>
        <source>{label}: choose high, medium or low.</source>
        <translation>{label}: โปรดเลือก สูง ปานกลาง หรือต่ำ</translation>
    </message>
    <message>
        <source>{label}: this teacher&apos;s gap in this competency is already recorded for this fiscal year.</source>
        <translation>{label}: ได้บันทึกช่องว่างสมรรถนะนี้ของครูท่านนี้ในปีงบประมาณนี้ไว้แล้ว</translation>
    </message>
    <message>
        <source>New skill gap</source>
        <translation>เพิ่มช่องว่างสมรรถนะ</translation>
    </message>
    <message>
        <source>Edit skill gap</source>
        <translation>แก้ไขช่องว่างสมรรถนะ</translation>
    </message>
    <message>
        <source>Competencies developed</source>
        <translation>สมรรถนะที่พัฒนา</translation>
    </message>
    <message>
        <source>Partner enterprise</source>
        <translation>สถานประกอบการที่ร่วมจัด</translation>
    </message>
    <message>
        <source>Work-based learning</source>
        <translation>การเรียนรู้ผ่านการทำงาน (WBL)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่จัด</translation>
    </message>
    <message>
        <source>Capacity (teachers)</source>
        <translation>จำนวนที่รับ (คน)</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>รุ่นการอบรม</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>ชั่วโมงที่เข้าอบรม</translation>
    </message>
    <message>
        <source>Completed the training</source>
        <translation>ผ่านการอบรม</translation>
    </message>
    <message>
        <source>{label}: choose one from the list.</source>
        <translation>{label}: กรุณาเลือกจากรายการ</translation>
    </message>
    <message>
        <source>New teacher-training curriculum</source>
        <translation>เพิ่มหลักสูตรฝึกอบรมครู</translation>
    </message>
    <message>
        <source>Edit teacher-training curriculum</source>
        <translation>แก้ไขหลักสูตรฝึกอบรมครู</translation>
    </message>
    <message>
        <source>{label} cannot be before the day the run starts.</source>
        <translation>{label}ต้องไม่ก่อนวันเริ่มอบรม</translation>
    </message>
    <message>
        <source>{label} cannot be less than the {count} teachers already enrolled.</source>
        <translation>{label}ต้องไม่น้อยกว่าจำนวนครูที่ลงทะเบียนแล้ว {count} คน</translation>
    </message>
    <message>
        <source>New training run</source>
        <translation>เพิ่มรุ่นการอบรม</translation>
    </message>
    <message>
        <source>Edit training run</source>
        <translation>แก้ไขรุ่นการอบรม</translation>
    </message>
    <message>
        <source>This teacher is already enrolled in this run.</source>
        <translation>ครูคนนี้ลงทะเบียนในรุ่นนี้แล้ว</translation>
    </message>
    <message>
        <source>This run is full: it has as many teachers enrolled as its capacity.</source>
        <translation>รุ่นนี้เต็มแล้ว มีครูลงทะเบียนครบตามจำนวนที่รับ</translation>
    </message>
    <message>
        <source>This teacher&apos;s college is not in this center&apos;s network.</source>
        <translation>สถานศึกษาของครูคนนี้ไม่อยู่ในเครือข่ายของศูนย์นี้</translation>
    </message>
    <message>
        <source>A teacher who attended no hours cannot have completed the training.</source>
        <translation>ครูที่ไม่มีชั่วโมงเข้าอบรมจะบันทึกว่าผ่านการอบรมไม่ได้</translation>
    </message>
    <message>
        <source>This certificate number is already given to another enrolment.</source>
        <translation>เลขที่วุฒิบัตรนี้ใช้กับการลงทะเบียนอื่นแล้ว</translation>
    </message>
    <message>
        <source>New enrolment</source>
        <translation>ลงทะเบียนครูเข้าอบรม</translation>
    </message>
    <message>
        <source>Edit enrolment</source>
        <translation>แก้ไขการลงทะเบียนอบรม</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>การฝึกในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Reported to the provincial dual-vocational center on</source>
        <translation>วันที่รายงานศูนย์อาชีวศึกษาทวิภาคีจังหวัด</translation>
    </message>
    <message>
        <source>{student} · {enterprise} · {first}–{last}</source>
        <translation>{student} · {enterprise} · {first}–{last}</translation>
    </message>
    <message>
        <source>{label}: choose a recorded placement.</source>
        <translation>{label}: โปรดเลือกการฝึกในสถานประกอบการที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>{label} cannot be before the placement starts ({first}).</source>
        <translation>{label} ต้องไม่ก่อนวันเริ่มฝึก ({first})</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} ต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>{label} must fall within the placement, from {first} to {last}.</source>
        <translation>{label} ต้องอยู่ในช่วงการฝึก ตั้งแต่ {first} ถึง {last}</translation>
    </message>
    <message>
        <source>{label}: write the actions taken before closing the incident.</source>
        <translation>{label}: โปรดบันทึกการดำเนินการแก้ไขก่อนปิดเรื่อง</translation>
    </message>
    <message>
        <source>{label}: a high-severity or harassment incident must be reported to the provincial dual-vocational center before it can be closed; write the day it was reported.</source>
        <translation>{label}: เหตุที่มีความรุนแรงสูงหรือเรื่องการล่วงละเมิด ต้องรายงานศูนย์อาชีวศึกษาทวิภาคีจังหวัดก่อนจึงจะปิดเรื่องได้ โปรดระบุวันที่รายงาน</translation>
    </message>
    <message>
        <source>New incident or complaint</source>
        <translation>บันทึกอุบัติเหตุหรือเรื่องร้องทุกข์</translation>
    </message>
    <message>
        <source>Edit incident or complaint</source>
        <translation>แก้ไขอุบัติเหตุหรือเรื่องร้องทุกข์</translation>
    </message>
    <message>
        <source>Teacher (optional)</source>
        <translation>ครูผู้จัดทำ (ถ้ามี)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>สถานะ ณ วันที่</translation>
    </message>
    <message>
        <source>Fiscal year (B.E.)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>{label}: this college already has this component recorded; edit that record instead.</source>
        <translation>{label}: สถานศึกษานี้บันทึกองค์ประกอบนี้ไว้แล้ว กรุณาแก้ไขรายการเดิมแทน</translation>
    </message>
    <message>
        <source>New knowledge-bank component</source>
        <translation>เพิ่มองค์ประกอบคลังปัญญาอาชีวศึกษา</translation>
    </message>
    <message>
        <source>Edit knowledge-bank component</source>
        <translation>แก้ไของค์ประกอบคลังปัญญาอาชีวศึกษา</translation>
    </message>
    <message>
        <source>{label} is required once the recommendation is sent.</source>
        <translation>ต้องระบุ{label}เมื่อส่งข้อเสนอแนะแล้ว</translation>
    </message>
    <message>
        <source>the indicators and figures it rests on</source>
        <translation>ตัวชี้วัดและข้อมูลตัวเลขที่ใช้อ้างอิง</translation>
    </message>
    <message>
        <source>New policy recommendation</source>
        <translation>เพิ่มข้อเสนอแนะเชิงนโยบาย</translation>
    </message>
    <message>
        <source>Edit policy recommendation</source>
        <translation>แก้ไขข้อเสนอแนะเชิงนโยบาย</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>รายการประกวด</translation>
    </message>
    <message>
        <source>Title of the media</source>
        <translation>ชื่อผลงานสื่อ</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>ประเภทแผน</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>First fiscal year (B.E.)</source>
        <translation>ปีงบประมาณแรก (พ.ศ.)</translation>
    </message>
    <message>
        <source>Last fiscal year (B.E.)</source>
        <translation>ปีงบประมาณสุดท้าย (พ.ศ.)</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>วันที่ส่ง</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Project of the five-year plan (optional)</source>
        <translation>โครงการตามแผนพัฒนา 5 ปี (ถ้ามี)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>ผลผลิต</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Responsible college</source>
        <translation>สถานศึกษาที่รับผิดชอบ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>วันที่ดำเนินการเสร็จ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>{label}: choose one of the options offered.</source>
        <translation>{label}: กรุณาเลือกจากรายการที่กำหนด</translation>
    </message>
    <message>
        <source>{label}: a plan is sent after approval.</source>
        <translation>{label}: ต้องส่งแผนหลังจากวันที่อนุมัติ</translation>
    </message>
    <message>
        <source>{label}: a plan with projects keeps its kind; make a new plan instead.</source>
        <translation>{label}: แผนที่มีโครงการแล้วเปลี่ยนประเภทไม่ได้ กรุณาจัดทำแผนใหม่แทน</translation>
    </message>
    <message>
        <source>{label}: annual plans linked to this plan fall outside this period; a plan period must contain the fiscal year of every annual plan linked to it.</source>
        <translation>{label}: มีแผนปฏิบัติการประจำปีที่เชื่อมโยงกับแผนนี้อยู่นอกช่วงเวลานี้ ช่วงเวลาของแผนต้องครอบคลุมปีงบประมาณของแผนปฏิบัติการประจำปีทุกแผนที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>{label}: projects of this plan link to a five-year plan whose period does not contain this fiscal year.</source>
        <translation>{label}: โครงการของแผนนี้เชื่อมโยงกับแผนพัฒนา 5 ปีที่มีช่วงเวลาไม่ครอบคลุมปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>เพิ่มแผน</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>แก้ไขแผน</translation>
    </message>
    <message>
        <source>{label}: write an amount of baht of zero or more, with at most two decimals, for example 150,000 or 2,500.50.</source>
        <translation>{label}: กรุณาระบุจำนวนเงินบาทตั้งแต่ศูนย์ขึ้นไป ทศนิยมไม่เกินสองตำแหน่ง เช่น 150,000 หรือ 2,500.50</translation>
    </message>
    <message>
        <source>{label}: the period ends before it starts.</source>
        <translation>{label}: วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <source>{label}: the date lies outside the fiscal years of the plan.</source>
        <translation>{label}: วันที่อยู่นอกปีงบประมาณของแผน</translation>
    </message>
    <message>
        <source>{label}: only a project of an annual action plan links to the five-year plan.</source>
        <translation>{label}: เชื่อมโยงกับแผนพัฒนา 5 ปีได้เฉพาะโครงการของแผนปฏิบัติการประจำปี</translation>
    </message>
    <message>
        <source>{label}: choose a recorded project of a five-year plan.</source>
        <translation>{label}: กรุณาเลือกโครงการที่บันทึกไว้ในแผนพัฒนา 5 ปี</translation>
    </message>
    <message>
        <source>{label}: the period of that five-year plan does not contain the fiscal year of this annual plan.</source>
        <translation>{label}: ช่วงเวลาของแผนพัฒนา 5 ปีดังกล่าวไม่ครอบคลุมปีงบประมาณของแผนปฏิบัติการประจำปีนี้</translation>
    </message>
    <message>
        <source>{label}: choose a recorded plan.</source>
        <translation>{label}: กรุณาเลือกแผนที่บันทึกไว้</translation>
    </message>
    <message>
        <source>{label}: choose a college of this CVM center&apos;s network.</source>
        <translation>{label}: โปรดเลือกสถานศึกษาในเครือข่ายของศูนย์ CVM นี้</translation>
    </message>
    <message>
        <source>baht, for example 150,000</source>
        <translation>บาท เช่น 150,000</translation>
    </message>
    <message>
        <source>New plan project</source>
        <translation>เพิ่มโครงการตามแผน</translation>
    </message>
    <message>
        <source>Edit plan project</source>
        <translation>แก้ไขโครงการตามแผน</translation>
    </message>
    <message>
        <source>{label}: choose a recorded project.</source>
        <translation>{label}: กรุณาเลือกโครงการที่บันทึกไว้</translation>
    </message>
    <message>
        <source>{label} is required for an activity that is done.</source>
        <translation>ต้องระบุ{label}เมื่อกิจกรรมดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <source>{label} cannot be a day still to come.</source>
        <translation>{label}ต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>New progress update</source>
        <translation>เพิ่มการรายงานความก้าวหน้า</translation>
    </message>
    <message>
        <source>Edit progress update</source>
        <translation>แก้ไขการรายงานความก้าวหน้า</translation>
    </message>
    <message>
        <source>{label}: this teacher belongs to another college; choose a teacher of the college entered, or leave the teacher empty.</source>
        <translation>{label}: ครูท่านนี้สังกัดสถานศึกษาอื่น โปรดเลือกครูของสถานศึกษาที่ส่งผลงาน หรือเว้นว่างไว้</translation>
    </message>
    <message>
        <source>{label}: this college already entered this title in this contest in this fiscal year; edit that entry instead.</source>
        <translation>{label}: สถานศึกษานี้ส่งผลงานชื่อนี้เข้าประกวดในรายการนี้ของปีงบประมาณนี้แล้ว โปรดแก้ไขรายการเดิมแทน</translation>
    </message>
    <message>
        <source>for example: first prize</source>
        <translation>เช่น รางวัลชนะเลิศ</translation>
    </message>
    <message>
        <source>New teaching-media contest entry</source>
        <translation>เพิ่มผลงานที่ส่งประกวดสื่อการสอน</translation>
    </message>
    <message>
        <source>Edit teaching-media contest entry</source>
        <translation>แก้ไขผลงานที่ส่งประกวดสื่อการสอน</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <source>There is no report named {name}.</source>
        <translation>ไม่มีรายงานชื่อ {name}</translation>
    </message>
</context>
<context>
    <name>ReportDispatch</name>
    <message>
        <source>A report of a fiscal year cannot be sent before the year begins.</source>
        <translation>ไม่สามารถบันทึกวันที่ส่งรายงานก่อนวันเริ่มต้นปีงบประมาณของรายงานนั้นได้</translation>
    </message>
    <message>
        <source>The day sent cannot be in the future.</source>
        <translation>วันที่ส่งต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>The letter number can have at most {count} characters.</source>
        <translation>เลขที่หนังสือต้องมีความยาวไม่เกิน {count} ตัวอักษร</translation>
    </message>
    <message>
        <source>This database has no center to send reports for.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีข้อมูลศูนย์ที่จะส่งรายงาน</translation>
    </message>
</context>
<context>
    <name>ReportDispatchDialog</name>
    <message>
        <source>Reports sent to the central office</source>
        <translation>รายงานที่ส่งส่วนกลาง (สอศ.)</translation>
    </message>
    <message>
        <source>Fiscal year {year}: tick each report the center has sent to the central office and write the day it was sent (day/month/B.E. year) and the letter number.</source>
        <translation>ปีงบประมาณ {year}: ทำเครื่องหมายรายงานที่ศูนย์ส่งให้ส่วนกลางแล้ว และระบุวันที่ส่ง (วัน/เดือน/ปี พ.ศ.) และเลขที่หนังสือนำส่ง</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>วันที่ส่ง</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>เลขที่หนังสือ</translation>
    </message>
    <message>
        <source>1.2 Summary of the enterprise database</source>
        <translation>1.2 รายงานสรุปฐานข้อมูลสถานประกอบการ</translation>
    </message>
    <message>
        <source>1.3 Matching report (enterprises, workforce demand, planned supply)</source>
        <translation>1.3 รายงานการจับคู่ (จำนวนสถานประกอบการ ความต้องการกำลังคน และแผนการผลิต)</translation>
    </message>
    <message>
        <source>e.g. 15/3/2569</source>
        <translation>เช่น 15/3/2569</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>No data has been recorded for this part.</source>
        <translation>ไม่มีข้อมูลที่บันทึกไว้ในส่วนนี้</translation>
    </message>
    <message>
        <source>A part of the report is too large to fit on a page: the report was not made.</source>
        <translation>รายงานมีบางส่วนที่มีขนาดใหญ่เกินกว่าจะจัดลงในหนึ่งหน้าได้ จึงไม่สามารถจัดทำรายงานได้</translation>
    </message>
</context>
<context>
    <name>ReportError</name>
    <message>
        <source>Cannot write {path}: the file is open in another program or the folder is read-only. Close the file or choose another folder.</source>
        <translation>ไม่สามารถบันทึกแฟ้ม {path} ได้ เนื่องจากแฟ้มเปิดอยู่ในโปรแกรมอื่นหรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว โปรดปิดแฟ้มหรือเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist. Choose another folder.</source>
        <translation>ไม่สามารถบันทึกแฟ้ม {path} ได้ เนื่องจากไม่พบโฟลเดอร์ที่ระบุ โปรดเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Cannot write {path}: a folder has that name. Choose another name.</source>
        <translation>ไม่สามารถบันทึกแฟ้ม {path} ได้ เนื่องจากมีโฟลเดอร์ชื่อเดียวกันอยู่แล้ว โปรดตั้งชื่อแฟ้มใหม่</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full. Free some space or choose another folder.</source>
        <translation>ไม่สามารถบันทึกแฟ้ม {path} ได้ เนื่องจากพื้นที่จัดเก็บข้อมูลเต็ม โปรดลบแฟ้มที่ไม่ใช้เพื่อเพิ่มพื้นที่ หรือเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Choose another folder.</source>
        <translation>ไม่สามารถบันทึกแฟ้ม {path} ได้ ({reason}) โปรดเลือกโฟลเดอร์อื่น</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>The printer could not be started. Check the printer and try again.</source>
        <translation>ไม่สามารถเริ่มการพิมพ์ได้ โปรดตรวจสอบเครื่องพิมพ์แล้วลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>พิมพ์รายงาน</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>บันทึกรายงานเป็นไฟล์ PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>หน้าก่อนหน้า (&amp;P)</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>ไปหน้าก่อนหน้า (Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>หน้าถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>ไปหน้าถัดไป (Page Down)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>หน้าสุดท้าย</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>พอดีความกว้าง (&amp;W)</translation>
    </message>
    <message>
        <source>Show the page as wide as the window (Ctrl+1)</source>
        <translation>แสดงหน้ากระดาษให้กว้างเต็มหน้าต่าง (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Actual size (100%)</source>
        <translation>ขนาดจริง 100% (&amp;A)</translation>
    </message>
    <message>
        <source>Show the page at its printed size (Ctrl+0)</source>
        <translation>แสดงหน้ากระดาษเท่าขนาดที่พิมพ์จริง (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>บันทึกเป็น PDF… (&amp;S)</translation>
    </message>
    <message>
        <source>Save a copy of the report as a PDF file (Ctrl+S)</source>
        <translation>บันทึกสำเนารายงานเป็นไฟล์ PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>พิมพ์… (&amp;R)</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>พิมพ์รายงาน (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>ยกเลิกการพิมพ์</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>ตัวอย่างรายงานก่อนพิมพ์</translation>
    </message>
    <message>
        <source>{title} — preview</source>
        <translation>{title} — ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <source>The report was cancelled. No file was made.</source>
        <translation>ยกเลิกการจัดทำรายงานแล้ว ไม่มีการสร้างไฟล์</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>กำลังหยุดการจัดทำรายงาน…</translation>
    </message>
    <message>
        <source>Making the report: {title}…</source>
        <translation>กำลังจัดทำ{title}…</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>หน้า {page} จาก {count}</translation>
    </message>
    <message>
        <source>Page {page} could not be shown.</source>
        <translation>ไม่สามารถแสดงหน้า {page} ได้</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>บันทึกไฟล์ {path} เรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>The pages chosen are not in this report.</source>
        <translation>รายงานนี้ไม่มีหน้าที่เลือกไว้</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <source>Printing: {done} of {count} pages sent…</source>
        <translation>กำลังพิมพ์ ส่งแล้ว {done} จาก {count} หน้า…</translation>
    </message>
    <message>
        <source>{count} pages were sent to the printer.</source>
        <translation>ส่งรายงานไปยังเครื่องพิมพ์แล้ว จำนวน {count} หน้า</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>ยกเลิกการพิมพ์แล้ว</translation>
    </message>
</context>
<context>
    <name>ReportPreviewWindow</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ReportTargets</name>
    <message>
        <source>Met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>เสี่ยงไม่บรรลุ</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>ไม่บรรลุ</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Done and recorded</source>
        <translation>มีการดำเนินการและบันทึกข้อมูล</translation>
    </message>
    <message>
        <source>At most {value} percent</source>
        <translation>ไม่เกินร้อยละ {value}</translation>
    </message>
    <message>
        <source>At least {value} percent</source>
        <translation>ไม่น้อยกว่าร้อยละ {value}</translation>
    </message>
    <message>
        <source>At most {value}</source>
        <translation>ไม่เกิน {value}</translation>
    </message>
    <message>
        <source>At least {value}</source>
        <translation>ไม่น้อยกว่า {value}</translation>
    </message>
    <message>
        <source>{goal} (adjusted)</source>
        <translation>{goal} (ปรับค่าเป้าหมายแล้ว)</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} จาก {total}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>ยังไม่ได้ดำเนินการ</translation>
    </message>
    <message>
        <source>{percent} ({count} of {total})</source>
        <translation>{percent} ({count} จาก {total})</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Status as of {day}.</source>
        <translation>สถานะ ณ วันที่ {day}</translation>
    </message>
    <message>
        <source>Status as of {day}. In a fiscal year not yet over, a target not yet reached whose value is on pace for the goal is at risk.</source>
        <translation>สถานะ ณ วันที่ {day} ทั้งนี้ ในปีงบประมาณที่ยังไม่สิ้นสุด ตัวชี้วัดที่ยังไม่บรรลุค่าเป้าหมายแต่มีผลการดำเนินงานเป็นไปตามระยะเวลาที่ผ่านไป จะแสดงสถานะ “เสี่ยงไม่บรรลุ”</translation>
    </message>
    <message>
        <source>No data: nothing this target counts was recorded for the year, or the program does not hold what the target asks for (check the documents).</source>
        <translation>หมายเหตุ: “ไม่มีข้อมูล” หมายถึง ไม่มีการบันทึกข้อมูลที่ใช้วัดเป้าหมายนี้ในปีงบประมาณ หรือโปรแกรมไม่ได้จัดเก็บข้อมูลที่เป้าหมายนี้กำหนด (โปรดตรวจสอบจากเอกสาร)</translation>
    </message>
    <message>
        <source>Targets met: {met} of {count}.</source>
        <translation>บรรลุเป้าหมาย {met} รายการ จากทั้งหมด {count} รายการ</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Vocational Manpower Production and Development Network Center (CVM)</source>
        <translation>ศูนย์บริหารเครือข่ายการผลิตและพัฒนากำลังคนอาชีวศึกษา (CVM)</translation>
    </message>
    <message>
        <source>Excellent subject: {subject}</source>
        <translation>สาขาวิชาที่มีความเป็นเลิศ {subject}</translation>
    </message>
    <message>
        <source>Fiscal year B.E. {year} ({first} - {last})</source>
        <translation>ประจำปีงบประมาณ พ.ศ. {year} ({first} – {last})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Choose a report, set its options and press Preview (Enter). The report is made for the fiscal year chosen; from its preview you can save it as a PDF file or print it.</source>
        <translation>เลือกรายงานและกำหนดตัวเลือก แล้วกดปุ่มแสดงตัวอย่าง (Enter) ระบบจะจัดทำรายงานของปีงบประมาณที่เลือก ซึ่งสามารถบันทึกเป็นไฟล์ PDF หรือสั่งพิมพ์ได้จากหน้าตัวอย่าง</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation>รายงาน (&amp;R):</translation>
    </message>
    <message>
        <source>Options of the report chosen:</source>
        <translation>ตัวเลือกของรายงานที่เลือก:</translation>
    </message>
    <message>
        <source>Lists (teachers, students, enterprises and the others) are printed from their own screens: open the list, set its filters and print it from there.</source>
        <translation>การพิมพ์รายชื่อ (ครู นักเรียน สถานประกอบการ และอื่น ๆ) ให้สั่งพิมพ์จากหน้ารายการนั้นโดยตรง โดยเปิดรายการ กำหนดตัวกรอง แล้วสั่งพิมพ์จากหน้านั้น</translation>
    </message>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>ปีงบประมาณ (พ.ศ.) (&amp;F):</translation>
    </message>
    <message>
        <source>Numbers in &amp;Thai digits (๑ ๒ ๓)</source>
        <translation>ใช้ตัวเลขไทย (๑ ๒ ๓) (&amp;T)</translation>
    </message>
    <message>
        <source>Training r&amp;un:</source>
        <translation>รุ่นการฝึกอบรม (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>แสดงตัวอย่าง (&amp;P)</translation>
    </message>
    <message>
        <source>Make the report and show it (Enter)</source>
        <translation>จัดทำรายงานและแสดงตัวอย่างก่อนพิมพ์ (Enter)</translation>
    </message>
    <message>
        <source>Reports &amp;sent to the central office…</source>
        <translation>รายงานที่ส่งส่วนกลาง… (&amp;S)</translation>
    </message>
    <message>
        <source>Reading the list of reports…</source>
        <translation>กำลังอ่านรายการรายงาน…</translation>
    </message>
    <message>
        <source>The list of reports could not be read.</source>
        <translation>ไม่สามารถอ่านรายการรายงานได้</translation>
    </message>
    <message>
        <source>Choose a report from the list.</source>
        <translation>โปรดเลือกรายงานจากรายการ</translation>
    </message>
    <message>
        <source>The training runs could not be read. Choose the year again to retry.</source>
        <translation>ไม่สามารถอ่านรายการรุ่นการฝึกอบรมได้ โปรดเลือกปีงบประมาณอีกครั้งเพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Reading the training runs of this fiscal year…</source>
        <translation>กำลังอ่านรุ่นการฝึกอบรมของปีงบประมาณนี้…</translation>
    </message>
    <message>
        <source>No training run ended in fiscal year {year}.</source>
        <translation>ไม่มีรุ่นการฝึกอบรมที่สิ้นสุดในปีงบประมาณ {year}</translation>
    </message>
    <message>
        <source>Certificates are made for everyone who completed the run chosen.</source>
        <translation>ระบบจะจัดทำวุฒิบัตรให้ผู้สำเร็จการฝึกอบรมทุกคนในรุ่นที่เลือก</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>sent on {day}</source>
        <translation>ส่งแล้วเมื่อ {day}</translation>
    </message>
    <message>
        <source>Fiscal year {year} — 1.2 enterprise database summary: {summary}; 1.3 matching report: {matching}.</source>
        <translation>ปีงบประมาณ {year} — 1.2 รายงานสรุปฐานข้อมูลสถานประกอบการ: {summary}; 1.3 รายงานการจับคู่: {matching}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>ปี&amp;งบประมาณ (พ.ศ.):</translation>
    </message>
    <message>
        <source>The figures could not be read. Choose the year again to retry.</source>
        <translation>ไม่สามารถอ่านข้อมูลได้ กรุณาเลือกปีอีกครั้งเพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>กำลังอ่านข้อมูล…</translation>
    </message>
    <message>
        <source>Teachers certified in the year (manual 5.5): {count}</source>
        <translation>ครูที่ผ่านการรับรองมาตรฐานอาชีพในปี (คู่มือ 5.5): {count} คน</translation>
    </message>
    <message>
        <source>No result was assessed in fiscal year {year}.</source>
        <translation>ไม่มีผลการประเมินในปีงบประมาณ {year}</translation>
    </message>
    <message>
        <source>Results of fiscal year {year}: {assessed} assessed, {passed} passed</source>
        <translation>ผลการประเมินปีงบประมาณ {year}: เข้ารับการประเมิน {assessed} ราย ผ่าน {passed} ราย</translation>
    </message>
    <message>
        <source>No center recorded</source>
        <translation>ไม่ระบุศูนย์</translation>
    </message>
    <message>
        <source>{kind} · {person}: {assessed} assessed, {passed} passed</source>
        <translation>{kind} · {person}: เข้ารับการประเมิน {assessed} ราย ผ่าน {passed} ราย</translation>
    </message>
    <message>
        <source>Final-year students certified (manual 6.4): no data</source>
        <translation>ผู้เรียนชั้นปีสุดท้ายที่ผ่านการรับรองมาตรฐานอาชีพ (คู่มือ 6.4): ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Final-year students certified (manual 6.4): {certified} of {total} ({percent})</source>
        <translation>ผู้เรียนชั้นปีสุดท้ายที่ผ่านการรับรองมาตรฐานอาชีพ (คู่มือ 6.4): {certified} จาก {total} คน ({percent})</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The work could not be finished because of an unexpected error. The details were written to the log file {path}.</source>
        <translation>ไม่สามารถดำเนินการให้เสร็จได้ เนื่องจากเกิดข้อผิดพลาดที่ไม่คาดคิด รายละเอียดได้บันทึกไว้ในไฟล์บันทึกการทำงาน {path}</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Safety of placed students</source>
        <translation>ความปลอดภัยของผู้เรียนในสถานประกอบการ</translation>
    </message>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>ปี&amp;งบประมาณ (พ.ศ.):</translation>
    </message>
    <message>
        <source>A visit is &amp;due within (days):</source>
        <translation>ต้องนิเทศภายใน (วัน):</translation>
    </message>
    <message>
        <source>A placement in progress with no supervision visit done in this many days from its start is listed as overdue.</source>
        <translation>ผู้เรียนที่กำลังฝึกซึ่งยังไม่ได้รับการนิเทศภายในจำนวนวันนี้นับจากวันเริ่มฝึก จะแสดงเป็นรายการนิเทศที่เลยกำหนด</translation>
    </message>
    <message>
        <source>Safety KPI per college</source>
        <translation>ตัวชี้วัดความปลอดภัยรายสถานศึกษา</translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation>การนิเทศที่เลยกำหนด</translation>
    </message>
    <message>
        <source>Starting within 14 days without safety training</source>
        <translation>เริ่มฝึกภายใน 14 วันแต่ยังไม่ผ่านการอบรมความปลอดภัย</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Students placed</source>
        <translation>ผู้เรียนที่ส่งฝึก</translation>
    </message>
    <message>
        <source>With an incident</source>
        <translation>ผู้ที่ประสบเหตุ</translation>
    </message>
    <message>
        <source>Share without incident</source>
        <translation>ร้อยละที่ไม่ประสบเหตุ</translation>
    </message>
    <message>
        <source>Target 100%</source>
        <translation>เป้าหมายร้อยละ 100</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>ผู้เรียน</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>วันเริ่มฝึก</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>จำนวนวันที่ยังไม่ได้รับการนิเทศ</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>สิ่งที่ยังขาด</translation>
    </message>
    <message>
        <source>The figures could not be read. Choose the year again to retry.</source>
        <translation>อ่านข้อมูลไม่สำเร็จ โปรดเลือกปีอีกครั้งเพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>กำลังอ่านข้อมูล…</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>ไม่บรรลุ</translation>
    </message>
    <message>
        <source>Network, fiscal year {year}: no data (nobody was placed).</source>
        <translation>ภาพรวมเครือข่าย ปีงบประมาณ {year}: ไม่มีข้อมูล (ไม่มีผู้เรียนที่ส่งฝึก)</translation>
    </message>
    <message>
        <source>Network, fiscal year {year}: {placed} students placed, {incidents} with an incident, {share} without incident (target 100%: {met})</source>
        <translation>ภาพรวมเครือข่าย ปีงบประมาณ {year}: ส่งฝึก {placed} คน ประสบเหตุ {incidents} คน ไม่ประสบเหตุ {share} (เป้าหมายร้อยละ 100: {met})</translation>
    </message>
</context>
<context>
    <name>Sar</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>มาตรฐาน</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ค่าน้ำหนัก</translation>
    </message>
    <message>
        <source>Scale (highest score)</source>
        <translation>ระดับคะแนน (คะแนนสูงสุด)</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>เกณฑ์การให้คะแนน</translation>
    </message>
    <message>
        <source>{label} must be more than 0 and at most {most}.</source>
        <translation>{label} ต้องมากกว่า 0 และไม่เกิน {most}</translation>
    </message>
    <message>
        <source>{label}: at most two decimal places.</source>
        <translation>{label}: ระบุทศนิยมได้ไม่เกินสองตำแหน่ง</translation>
    </message>
    <message>
        <source>{label} must be from 1 to {most}.</source>
        <translation>{label} ต้องอยู่ระหว่าง 1 ถึง {most}</translation>
    </message>
    <message>
        <source>{label}: some reports already give this indicator a higher score; correct those scores first.</source>
        <translation>{label}: มีรายงานที่ให้คะแนนตัวชี้วัดนี้สูงกว่าค่าที่ระบุ กรุณาแก้ไขคะแนนในรายงานเหล่านั้นก่อน</translation>
    </message>
    <message>
        <source>{label}: another indicator already has this code.</source>
        <translation>{label}: รหัสนี้ใช้กับตัวชี้วัดอื่นแล้ว</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>ไม่พบข้อมูลรายการนี้แล้ว</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Fiscal year (B.E.)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>วันที่ได้รับรายงาน</translation>
    </message>
    <message>
        <source>{label}: choose a college of this CVM center&apos;s network.</source>
        <translation>{label}: กรุณาเลือกสถานศึกษาในเครือข่ายของศูนย์ CVM นี้</translation>
    </message>
    <message>
        <source>An indicator of this report was deleted; open the report again.</source>
        <translation>ตัวชี้วัดบางรายการของรายงานนี้ถูกลบแล้ว กรุณาเปิดรายงานใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Score of indicator {code}</source>
        <translation>คะแนนตัวชี้วัด {code}</translation>
    </message>
    <message>
        <source>{label}: write a number.</source>
        <translation>{label}: กรุณาระบุเป็นตัวเลข</translation>
    </message>
    <message>
        <source>{label} must be from 0 to {most} (the scale of this indicator).</source>
        <translation>{label} ต้องอยู่ระหว่าง 0 ถึง {most} (ตามระดับคะแนนของตัวชี้วัดนี้)</translation>
    </message>
    <message>
        <source>{label} must be a Buddhist Era year from {first} to {last}.</source>
        <translation>{label} ต้องเป็นปีพุทธศักราชระหว่าง {first} ถึง {last}</translation>
    </message>
    <message>
        <source>{label} cannot be a day still to come.</source>
        <translation>{label} ต้องไม่เป็นวันที่ในอนาคต</translation>
    </message>
    <message>
        <source>{label}: this college already has a report for this fiscal year; edit that report instead.</source>
        <translation>{label}: สถานศึกษานี้มีรายงานของปีงบประมาณนี้แล้ว กรุณาแก้ไขรายงานฉบับเดิมแทน</translation>
    </message>
</context>
<context>
    <name>SarDialog</name>
    <message>
        <source>Enter a self-assessment report</source>
        <translation>บันทึกรายงานการประเมินตนเอง</translation>
    </message>
    <message>
        <source>Edit a self-assessment report</source>
        <translation>แก้ไขรายงานการประเมินตนเอง</translation>
    </message>
    <message>
        <source>&amp;College:</source>
        <translation>สถานศึกษา (&amp;C):</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>ปีงบประมาณ:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>วันที่ได้รับรายงาน (&amp;R):</translation>
    </message>
    <message>
        <source>day/month/B.E. year, for example 15/9/2569</source>
        <translation>วัน/เดือน/ปี พ.ศ. เช่น 15/9/2569</translation>
    </message>
    <message>
        <source>Scores per indicator (leave a box empty when it was not scored)</source>
        <translation>คะแนนรายตัวชี้วัด (เว้นว่างไว้หากตัวชี้วัดนั้นไม่ได้ประเมิน)</translation>
    </message>
    <message>
        <source>No indicators yet: add them on the page Indicators and analysis.</source>
        <translation>ยังไม่มีตัวชี้วัด กรุณาเพิ่มที่หน้าตัวชี้วัดและผลการวิเคราะห์</translation>
    </message>
    <message>
        <source>{code} {title} (0–{most}):</source>
        <translation>{code} {title} (0–{most}):</translation>
    </message>
    <message>
        <source>Scoring rule:
{rule}</source>
        <translation>เกณฑ์การให้คะแนน:
{rule}</translation>
    </message>
</context>
<context>
    <name>SarPage</name>
    <message>
        <source>Self-assessment reports</source>
        <translation>รายงานการประเมินตนเอง (SAR)</translation>
    </message>
    <message>
        <source>Delete the self-assessment report of {college} for fiscal year {year} with all its scores?</source>
        <translation>ต้องการลบรายงานการประเมินตนเองของ{college} ปีงบประมาณ {year} พร้อมคะแนนทั้งหมดหรือไม่</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Self-assessment reports (SAR) of the network colleges</source>
        <translation>รายงานการประเมินตนเอง (SAR) ของสถานศึกษาในเครือข่าย</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>ปีงบประมาณ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Enter or edit SAR…</source>
        <translation>บันทึกหรือแก้ไข SAR (&amp;E)…</translation>
    </message>
    <message>
        <source>Enter on a college does the same</source>
        <translation>กด Enter ที่ชื่อสถานศึกษาได้ผลเช่นเดียวกัน</translation>
    </message>
    <message>
        <source>&amp;Delete SAR</source>
        <translation>ลบ SAR (&amp;D)</translation>
    </message>
    <message>
        <source>Network &amp;colleges</source>
        <translation>สถานศึกษาในเครือข่าย (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Missing a SAR</source>
        <translation>ยังไม่ส่ง SAR (&amp;M)</translation>
    </message>
    <message>
        <source>The reports could not be read. Choose the year again.</source>
        <translation>ไม่สามารถอ่านข้อมูลรายงานได้ กรุณาเลือกปีงบประมาณอีกครั้ง</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>กำลังอ่านข้อมูลรายงาน…</translation>
    </message>
    <message>
        <source>Received {received} of {colleges} colleges · missing {missing} · {indicators} indicators, total weight {weight}</source>
        <translation>ได้รับรายงานแล้ว {received} จาก {colleges} แห่ง · ยังไม่ส่ง {missing} แห่ง · ตัวชี้วัด {indicators} ตัว ค่าน้ำหนักรวม {weight}</translation>
    </message>
</context>
<context>
    <name>SarPages</name>
    <message>
        <source>no data last year</source>
        <translation>ไม่มีข้อมูลปีที่แล้ว</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>ยังไม่ได้รับ</translation>
    </message>
    <message>
        <source>{total} of {most}</source>
        <translation>{total} จาก {most}</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>SAR received on</source>
        <translation>วันที่ได้รับ SAR</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>คะแนนรวมถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <source>Indicators scored</source>
        <translation>จำนวนตัวชี้วัดที่มีคะแนน</translation>
    </message>
    <message>
        <source>College still missing a SAR</source>
        <translation>สถานศึกษาที่ยังไม่ส่ง SAR</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>มาตรฐาน</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ค่าน้ำหนัก</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>คะแนนเต็ม</translation>
    </message>
    <message>
        <source>Scores recorded</source>
        <translation>จำนวนคะแนนที่บันทึก</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>เกณฑ์การให้คะแนน</translation>
    </message>
    <message>
        <source>SARs</source>
        <translation>จำนวน SAR</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>ต่ำสุด</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>มัธยฐาน</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <source>Mean of the scale</source>
        <translation>ค่าเฉลี่ยเทียบคะแนนเต็ม</translation>
    </message>
    <message>
        <source>Mean last year</source>
        <translation>ค่าเฉลี่ยปีที่แล้ว</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>The last three fiscal years</source>
        <translation>ย้อนหลังสามปีงบประมาณ</translation>
    </message>
    <message>
        <source>Per network college, fiscal year {year}</source>
        <translation>รายสถานศึกษาเครือข่าย ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <source>Key results — {fiscal_year}</source>
        <translation>ผลสัมฤทธิ์ตามตัวชี้วัด — {fiscal_year}</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>ผลสัมฤทธิ์ตามตัวชี้วัด</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>ขอบเขต (&amp;S):</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>ทั้งเครือข่าย</translation>
    </message>
    <message>
        <source>&amp;Adjust targets…</source>
        <translation>ปรับค่าเป้าหมาย… (&amp;A)</translation>
    </message>
    <message>
        <source>Change the targets of this fiscal year</source>
        <translation>ปรับค่าเป้าหมายของปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ผลดำเนินงาน</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>รายการข้อมูล</translation>
    </message>
    <message>
        <source>Select a target to see its charts; press Enter to show its records.</source>
        <translation>เลือกเป้าหมายเพื่อดูแผนภูมิ กด Enter เพื่อแสดงรายการข้อมูล</translation>
    </message>
    <message>
        <source>The scorecard could not be computed. Choose the year again to retry.</source>
        <translation>ไม่สามารถคำนวณผลสัมฤทธิ์ได้ โปรดเลือกปีงบประมาณอีกครั้งเพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <source>Targets met: {met} of {count}</source>
        <translation>บรรลุเป้าหมาย {met} จาก {count} รายการ</translation>
    </message>
    <message>
        <source>Area {code}: {title}</source>
        <translation>ด้านที่ {code}: {title}</translation>
    </message>
    <message>
        <source>{activity} {title}</source>
        <translation>{activity} {title}</translation>
    </message>
    <message>
        <source>The target was adjusted for this fiscal year.</source>
        <translation>เป้าหมายนี้ได้ปรับค่าสำหรับปีงบประมาณนี้แล้ว</translation>
    </message>
    <message>
        <source>Show records</source>
        <translation>แสดงรายการ</translation>
    </message>
    <message>
        <source>Open the records behind this figure</source>
        <translation>เปิดรายการข้อมูลที่ใช้คำนวณตัวเลขนี้</translation>
    </message>
    <message>
        <source>{met} of {count} met</source>
        <translation>บรรลุ {met} จาก {count}</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>เสี่ยงไม่บรรลุ</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>ไม่บรรลุ</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>มี</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>{value_of_total} counted</source>
        <translation>นับได้ {value_of_total}</translation>
    </message>
    <message>
        <source>record exists</source>
        <translation>มีการบันทึกข้อมูล</translation>
    </message>
    <message>
        <source>{goal} (adjusted)</source>
        <translation>{goal} (ปรับแล้ว)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>แผนภูมิ</translation>
    </message>
    <message>
        <source>Select a target to see its charts.</source>
        <translation>เลือกเป้าหมายเพื่อดูแผนภูมิ</translation>
    </message>
    <message>
        <source>Charts: {target}</source>
        <translation>แผนภูมิ: {target}</translation>
    </message>
    <message>
        <source>The charts could not be drawn.</source>
        <translation>ไม่สามารถจัดทำแผนภูมิได้</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>กำลังจัดทำแผนภูมิ…</translation>
    </message>
    <message>
        <source>This target belongs to the center as a whole: no value per college.</source>
        <translation>เป้าหมายนี้เป็นของศูนย์ฯ ในภาพรวม จึงไม่มีค่ารายสถานศึกษา</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Low</source>
        <translation>น้อย</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>High</source>
        <translation>มาก</translation>
    </message>
</context>
<context>
    <name>ShortCoursesPage</name>
    <message>
        <source>Met</source>
        <translation>บรรลุเป้าหมาย</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>ไม่บรรลุเป้าหมาย</translation>
    </message>
    <message>
        <source>Short course</source>
        <translation>หลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>วันที่เริ่ม</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>ผู้เข้ารับการฝึกอบรม</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>สำเร็จการฝึกอบรม</translation>
    </message>
    <message>
        <source>Final-year students</source>
        <translation>นักเรียน ปวช.3/ปวส.2</translation>
    </message>
    <message>
        <source>20-trainee target</source>
        <translation>เป้าหมายไม่น้อยกว่า 20 คน</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>จำนวนรุ่น</translation>
    </message>
    <message>
        <source>Runs meeting the target</source>
        <translation>รุ่นที่บรรลุเป้าหมาย</translation>
    </message>
    <message>
        <source>Short courses</source>
        <translation>หลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>&amp;Courses, runs and trainees</source>
        <translation>หลักสูตร รุ่น และผู้เข้ารับการฝึกอบรม (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;20-trainee target</source>
        <translation>เป้าหมาย 20 คนต่อรุ่น (&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>ปีงบประมาณ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Runs starting in the fiscal year</source>
        <translation>รุ่นที่เริ่มในปีงบประมาณ (&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;urses</source>
        <translation>หลักสูตร (&amp;U)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>กำลังอ่านข้อมูล…</translation>
    </message>
    <message>
        <source>Target: at least 20 trainees a run. Runs: {runs}; target met: {met}; not met: {not_met}. Trainees: {trainees}; completed: {completed}. Students of Vocational Certificate year 3 / Higher Vocational Certificate year 2 trained: {students}.</source>
        <translation>เป้าหมาย: ผู้เข้ารับการฝึกอบรมไม่น้อยกว่า 20 คนต่อรุ่น จำนวนรุ่น {runs} รุ่น บรรลุเป้าหมาย {met} รุ่น ไม่บรรลุ {not_met} รุ่น ผู้เข้ารับการฝึกอบรม {trainees} คน สำเร็จการฝึกอบรม {completed} คน นักเรียนชั้น ปวช.3/ปวส.2 ที่ได้รับการฝึกอบรม {students} คน</translation>
    </message>
</context>
<context>
    <name>SiteSetup</name>
    <message>
        <source>Center number {line} is not in the list of 1 to {count} centers.</source>
        <translation>ไม่มีศูนย์ลำดับที่ {line} ในบัญชีรายชื่อศูนย์ลำดับที่ 1 ถึง {count}</translation>
    </message>
    <message>
        <source>Enter the name of the college.</source>
        <translation>โปรดกรอกชื่อสถานศึกษา</translation>
    </message>
</context>
<context>
    <name>SiteTrust</name>
    <message>
        <source>This file is not a site key file of CVM Director (.cvmkey). Ask the other site to export its public key and send you that file.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์กุญแจของหน่วยงานโปรแกรม CVM Director (.cvmkey) โปรดขอให้หน่วยงานอีกฝ่ายส่งออกกุญแจสาธารณะ แล้วส่งไฟล์นั้นมาให้</translation>
    </message>
    <message>
        <source>The key file is damaged or was changed after it was exported. Ask the other site to export its public key again and send you the new file.</source>
        <translation>ไฟล์กุญแจเสียหายหรือถูกแก้ไขหลังจากส่งออก โปรดขอให้หน่วยงานอีกฝ่ายส่งออกกุญแจสาธารณะอีกครั้ง แล้วส่งไฟล์ใหม่มาให้</translation>
    </message>
    <message>
        <source>The key file was made by a newer version of CVM Director. Update the program on this computer, then enrol the key again.</source>
        <translation>ไฟล์กุญแจนี้สร้างจากโปรแกรม CVM Director รุ่นที่ใหม่กว่า โปรดปรับรุ่นโปรแกรมในเครื่องนี้ แล้วลงทะเบียนกุญแจอีกครั้ง</translation>
    </message>
    <message>
        <source>This database is not set up as a site yet, so it has no key to exchange. Set up this installation first.</source>
        <translation>ฐานข้อมูลนี้ยังไม่ได้ตั้งค่าหน่วยงาน จึงยังไม่มีกุญแจสำหรับแลกเปลี่ยน โปรดตั้งค่าหน่วยงานก่อน</translation>
    </message>
    <message>
        <source>The key file could not be read. Check that the file is there and that you may open it.</source>
        <translation>อ่านไฟล์กุญแจไม่ได้ โปรดตรวจสอบว่ามีไฟล์อยู่จริงและท่านมีสิทธิ์เปิดไฟล์นั้น</translation>
    </message>
    <message>
        <source>The key file could not be written. Choose a folder where you may save files and try again.</source>
        <translation>บันทึกไฟล์กุญแจไม่ได้ โปรดเลือกโฟลเดอร์ที่ท่านมีสิทธิ์บันทึกไฟล์ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>A college station exchanges packages with its own CVM center only. Enrol the key of the center of this network.</source>
        <translation>สถานศึกษาเครือข่ายแลกเปลี่ยนแฟ้มชุดข้อมูลกับศูนย์ CVM ของตนเท่านั้น โปรดลงทะเบียนกุญแจของศูนย์ CVM ของเครือข่ายนี้</translation>
    </message>
    <message>
        <source>This key belongs to the office of another CVM center. A college station enrols the key of its own center only.</source>
        <translation>กุญแจนี้เป็นของสำนักงานศูนย์ CVM อื่น สถานศึกษาเครือข่ายลงทะเบียนได้เฉพาะกุญแจของศูนย์ CVM ของตนเท่านั้น</translation>
    </message>
    <message>
        <source>Centers do not exchange packages with each other. Enrol the key of a college station of this network or of the central office.</source>
        <translation>ศูนย์ CVM ไม่แลกเปลี่ยนแฟ้มชุดข้อมูลระหว่างกัน โปรดลงทะเบียนกุญแจของสถานศึกษาในเครือข่ายนี้ หรือของส่วนกลาง (สอศ.)</translation>
    </message>
    <message>
        <source>This college station belongs to the network of another CVM center. Enrol only the college stations of this center&apos;s network.</source>
        <translation>สถานศึกษานี้อยู่ในเครือข่ายของศูนย์ CVM อื่น โปรดลงทะเบียนเฉพาะสถานศึกษาในเครือข่ายของศูนย์นี้</translation>
    </message>
    <message>
        <source>The central office enrols the keys of CVM centers only; college stations send their data through their center.</source>
        <translation>ส่วนกลางลงทะเบียนได้เฉพาะกุญแจของศูนย์ CVM เท่านั้น สถานศึกษาเครือข่ายส่งข้อมูลผ่านศูนย์ CVM ของตน</translation>
    </message>
    <message>
        <source>This key names a center that is not in the list of CVM centers. Ask the center to export its public key again.</source>
        <translation>กุญแจนี้ระบุศูนย์ที่ไม่อยู่ในบัญชีรายชื่อศูนย์ CVM โปรดขอให้ศูนย์ส่งออกกุญแจสาธารณะอีกครั้ง</translation>
    </message>
    <message>
        <source>This is the key of this site itself. Enrol the key of the other site: ask it to export its public key and send you the file.</source>
        <translation>กุญแจนี้เป็นกุญแจของหน่วยงานนี้เอง โปรดลงทะเบียนกุญแจของหน่วยงานอีกฝ่าย โดยขอให้อีกฝ่ายส่งออกกุญแจสาธารณะแล้วส่งไฟล์มาให้</translation>
    </message>
    <message>
        <source>The key of this site was revoked, and a revoked site stays revoked. Ask the site to set up a new installation, which makes a new identity and key, and enrol that key.</source>
        <translation>กุญแจของหน่วยงานนี้ถูกเพิกถอนแล้ว และหน่วยงานที่ถูกเพิกถอนจะคงสถานะเพิกถอนตลอดไป โปรดขอให้หน่วยงานนั้นตั้งค่าการติดตั้งใหม่ ซึ่งจะได้รหัสประจำหน่วยงานและกุญแจชุดใหม่ แล้วจึงลงทะเบียนกุญแจชุดใหม่นั้น</translation>
    </message>
    <message>
        <source>This key is already trusted; nothing was changed.</source>
        <translation>กุญแจนี้ลงทะเบียนเป็นกุญแจที่เชื่อถือไว้แล้ว จึงไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <source>A different key is already enrolled for this site, and a key is never replaced. Call the site to find out why its key changed. If its key was lost or stolen, revoke it here and ask the site to set up a new installation, then enrol the new key.</source>
        <translation>หน่วยงานนี้ลงทะเบียนไว้แล้วด้วยกุญแจอื่น และระบบจะไม่เปลี่ยนกุญแจที่ลงทะเบียนไว้ โปรดโทรศัพท์สอบถามหน่วยงานนั้นว่าเหตุใดกุญแจจึงเปลี่ยนไป หากกุญแจสูญหายหรือถูกขโมย โปรดเพิกถอนกุญแจที่นี่ และขอให้หน่วยงานนั้นตั้งค่าการติดตั้งใหม่ แล้วจึงลงทะเบียนกุญแจชุดใหม่</translation>
    </message>
    <message>
        <source>This key is already enrolled for another site. The file may have been copied or changed: ask the other site to export its public key again.</source>
        <translation>กุญแจนี้ลงทะเบียนไว้แล้วสำหรับหน่วยงานอื่น ไฟล์อาจถูกคัดลอกหรือแก้ไข โปรดขอให้หน่วยงานอีกฝ่ายส่งออกกุญแจสาธารณะอีกครั้ง</translation>
    </message>
    <message>
        <source>Enter a name for the site.</source>
        <translation>โปรดระบุชื่อหน่วยงาน</translation>
    </message>
    <message>
        <source>The site name is too long: at most {count} characters.</source>
        <translation>ชื่อหน่วยงานยาวเกินกำหนด (ไม่เกิน {count} ตัวอักษร)</translation>
    </message>
    <message>
        <source>No enrolled site has this identifier. Check it against the list of enrolled sites.</source>
        <translation>ไม่พบหน่วยงานที่ลงทะเบียนไว้ด้วยรหัสนี้ โปรดตรวจสอบกับรายการหน่วยงานที่ลงทะเบียนไว้</translation>
    </message>
    <message>
        <source>The key of this site itself cannot be revoked.</source>
        <translation>ไม่สามารถเพิกถอนกุญแจของหน่วยงานนี้เองได้</translation>
    </message>
    <message>
        <source>The key of this site is already revoked; nothing was changed.</source>
        <translation>กุญแจของหน่วยงานนี้ถูกเพิกถอนไว้แล้ว จึงไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Sites and keys</source>
        <translation>หน่วยงานและกุญแจ</translation>
    </message>
    <message>
        <source>Packages travel only between sites that trust each other&apos;s keys. Send your public key file to the other site, then read your key fingerprint out to them over the phone; enrol their key the same way.</source>
        <translation>แฟ้มชุดข้อมูลจะรับส่งได้เฉพาะระหว่างหน่วยงานที่ลงทะเบียนกุญแจของกันและกันไว้แล้ว โปรดส่งไฟล์กุญแจสาธารณะของท่านให้อีกฝ่าย แล้วอ่านลายนิ้วมือกุญแจให้อีกฝ่ายฟังทางโทรศัพท์ และลงทะเบียนกุญแจของอีกฝ่ายด้วยวิธีเดียวกัน</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>หน่วยงานนี้</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>ชื่อหน่วยงาน:</translation>
    </message>
    <message>
        <source>Kind of site:</source>
        <translation>ประเภทหน่วยงาน:</translation>
    </message>
    <message>
        <source>Site identifier:</source>
        <translation>รหัสประจำหน่วยงาน:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>ลายนิ้วมือกุญแจ:</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>คัดลอกลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Export my public key…</source>
        <translation>ส่งออกกุญแจสาธารณะ…</translation>
    </message>
    <message>
        <source>Enrolled sites</source>
        <translation>หน่วยงานที่ลงทะเบียนกุญแจไว้</translation>
    </message>
    <message>
        <source>A revoked key stays revoked: packages signed with it are refused. Choose a site and press Delete to revoke its key.</source>
        <translation>กุญแจที่ถูกเพิกถอนจะคงสถานะเพิกถอนตลอดไป และแฟ้มชุดข้อมูลที่ลงนามด้วยกุญแจนั้นจะถูกปฏิเสธ หากต้องการเพิกถอนกุญแจ ให้เลือกหน่วยงานแล้วกดปุ่ม Delete</translation>
    </message>
    <message>
        <source>Enrol a key…</source>
        <translation>ลงทะเบียนกุญแจ…</translation>
    </message>
    <message>
        <source>Revoke (Del)…</source>
        <translation>เพิกถอน (Del)…</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>ลายนิ้วมือกุญแจ</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>วันที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>วันที่เพิกถอน</translation>
    </message>
    <message>
        <source>No other site is enrolled yet. To add one, choose Enrol a key.</source>
        <translation>ยังไม่มีหน่วยงานอื่นที่ลงทะเบียนไว้ หากต้องการเพิ่ม ให้เลือก ลงทะเบียนกุญแจ</translation>
    </message>
    <message>
        <source>Export this site&apos;s public key</source>
        <translation>ส่งออกกุญแจสาธารณะของหน่วยงานนี้</translation>
    </message>
    <message>
        <source>CVM site keys (*.cvmkey)</source>
        <translation>ไฟล์กุญแจหน่วยงาน CVM (*.cvmkey)</translation>
    </message>
    <message>
        <source>Saved {name}. Send the file to the other site, then read this fingerprint out to them over the phone: {fingerprint}</source>
        <translation>บันทึกไฟล์ {name} แล้ว โปรดส่งไฟล์ให้หน่วยงานอีกฝ่าย แล้วอ่านลายนิ้วมือกุญแจต่อไปนี้ให้อีกฝ่ายฟังทางโทรศัพท์: {fingerprint}</translation>
    </message>
    <message>
        <source>Enrol the key of another site</source>
        <translation>ลงทะเบียนกุญแจของหน่วยงานอื่น</translation>
    </message>
    <message>
        <source>The key of {name} is enrolled.</source>
        <translation>ลงทะเบียนกุญแจของ {name} เรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>Revoke the key of {name}? Packages from this site will be refused from now on, and a revoked site stays revoked: to exchange packages again, it must set up a new installation and you must enrol its new key.</source>
        <translation>ต้องการเพิกถอนกุญแจของ {name} หรือไม่ นับจากนี้แฟ้มชุดข้อมูลจากหน่วยงานนี้จะถูกปฏิเสธ และจะคงสถานะเพิกถอนตลอดไป หากต้องการแลกเปลี่ยนข้อมูลอีก หน่วยงานนั้นต้องตั้งค่าการติดตั้งใหม่ และท่านต้องลงทะเบียนกุญแจชุดใหม่</translation>
    </message>
    <message>
        <source>Revoke the key</source>
        <translation>เพิกถอนกุญแจ</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>This installation is the station of one college: it records that college&apos;s own data only. Records of the center or of other colleges are kept at the center.</source>
        <translation>เครื่องนี้เป็นสถานีของสถานศึกษาแห่งเดียว จึงบันทึกได้เฉพาะข้อมูลของสถานศึกษานี้ ข้อมูลของศูนย์หรือของสถานศึกษาอื่นบันทึกที่ศูนย์</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูล {path}</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอื่น โปรดปิดโปรแกรมนั้นแล้วลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened. Restore it from a backup copy.</source>
        <translation>ฐานข้อมูล {path} เสียหายและเปิดไม่ได้ โปรดกู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>The file {path} is not a CVM Director database.</source>
        <translation>ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ CVM Director</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of CVM Director. Install the newer version to open it.</source>
        <translation>ฐานข้อมูล {path} สร้างจาก CVM Director รุ่นที่ใหม่กว่า โปรดติดตั้งรุ่นที่ใหม่กว่าเพื่อเปิดฐานข้อมูลนี้</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Safety training and orientation: choose a student in the list above to see their records.</source>
        <translation>การอบรมความปลอดภัยและการปฐมนิเทศ: เลือกนักเรียนในรายการด้านบนเพื่อดูบันทึก</translation>
    </message>
    <message>
        <source>The student&apos;s records could not be checked.</source>
        <translation>ไม่สามารถตรวจสอบบันทึกของนักเรียนได้</translation>
    </message>
    <message>
        <source>Checking the student&apos;s safety records…</source>
        <translation>กำลังตรวจสอบบันทึกด้านความปลอดภัยของนักเรียน…</translation>
    </message>
    <message>
        <source>Before a placement: ready (safety training and orientation are recorded).</source>
        <translation>ก่อนออกฝึกในสถานประกอบการ: พร้อม (บันทึกการอบรมความปลอดภัยและการปฐมนิเทศครบแล้ว)</translation>
    </message>
    <message>
        <source>Before a placement may start: safety training and orientation missing.</source>
        <translation>ก่อนออกฝึกในสถานประกอบการ: ยังไม่มีบันทึกการอบรมความปลอดภัยและการปฐมนิเทศ</translation>
    </message>
    <message>
        <source>Before a placement may start: safety training missing.</source>
        <translation>ก่อนออกฝึกในสถานประกอบการ: ยังไม่มีบันทึกการอบรมความปลอดภัย</translation>
    </message>
    <message>
        <source>Before a placement may start: orientation missing.</source>
        <translation>ก่อนออกฝึกในสถานประกอบการ: ยังไม่มีบันทึกการปฐมนิเทศ</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>This conflict was already settled or no longer exists. Refresh the list.</source>
        <translation>ข้อมูลขัดแย้งนี้ได้รับการยุติแล้วหรือไม่มีอยู่แล้ว โปรดเรียกรายการใหม่</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>หน่วยงานอื่น</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer in the database.</source>
        <translation>ไม่พบรายการของข้อมูลขัดแย้งนี้ในฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>Record {code}</source>
        <translation>รายการ {code}</translation>
    </message>
    <message>
        <source>{record}, {detail}</source>
        <translation>{record}, {detail}</translation>
    </message>
    <message>
        <source>(a record not held here)</source>
        <translation>(รายการที่ไม่มีในเครื่องนี้)</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>Deleted</source>
        <translation>ถูกลบ</translation>
    </message>
    <message>
        <source>Activity code</source>
        <translation>รหัสกิจกรรม</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>วันที่อนุมัติ</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>เกณฑ์การให้คะแนน</translation>
    </message>
    <message>
        <source>Trainee category</source>
        <translation>ประเภทผู้เข้ารับการฝึกอบรม</translation>
    </message>
    <message>
        <source>CVM center</source>
        <translation>ศูนย์ CVM</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Workforce demand</source>
        <translation>ความต้องการกำลังคน</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>วันที่ดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>กำหนดแล้วเสร็จ</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>วันที่เริ่มต้น</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Established in fiscal year</source>
        <translation>ปีงบประมาณที่จัดตั้ง</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Expected graduates</source>
        <translation>จำนวนผู้สำเร็จการศึกษาที่คาดการณ์</translation>
    </message>
    <message>
        <source>First fiscal year</source>
        <translation>ปีงบประมาณแรก</translation>
    </message>
    <message>
        <source>Last fiscal year</source>
        <translation>ปีงบประมาณสุดท้าย</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Project of the five-year plan</source>
        <translation>โครงการตามแผนพัฒนา 5 ปี</translation>
    </message>
    <message>
        <source>Host college</source>
        <translation>สถานศึกษาที่ตั้งศูนย์</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>ประเภทอุตสาหกรรม</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>คะแนนสูงสุด</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>ผลผลิต</translation>
    </message>
    <message>
        <source>Partner enterprise</source>
        <translation>สถานประกอบการที่ร่วมดำเนินการ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Planned intake</source>
        <translation>แผนการรับนักเรียนนักศึกษา</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>วันที่ได้รับ</translation>
    </message>
    <message>
        <source>Responsible college</source>
        <translation>สถานศึกษาผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Course run</source>
        <translation>รุ่นการฝึกอบรม</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Self-assessment report</source>
        <translation>รายงานการประเมินตนเอง (SAR)</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>วันที่ส่ง</translation>
    </message>
    <message>
        <source>Center number</source>
        <translation>ลำดับที่ของศูนย์</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>มาตรฐาน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Excellent subject</source>
        <translation>สาขาวิชาที่มีความเป็นเลิศ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Skill track</source>
        <translation>ลักษณะการพัฒนาทักษะ</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>วันที่ปรับปรุง</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>CVM center</source>
        <translation>ศูนย์ CVM</translation>
    </message>
    <message>
        <source>Network college station</source>
        <translation>สถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Central office (OVEC)</source>
        <translation>ส่วนกลาง (สอศ.)</translation>
    </message>
    <message>
        <source>Full data</source>
        <translation>ข้อมูลฉบับเต็ม</translation>
    </message>
    <message>
        <source>Pseudonymised</source>
        <translation>ใช้นามแฝง</translation>
    </message>
    <message>
        <source>Counts only</source>
        <translation>จำนวนนับเท่านั้น</translation>
    </message>
    <message>
        <source>Every record as it is recorded here, names and national id numbers included.</source>
        <translation>ส่งทุกรายการตามที่บันทึกไว้ในเครื่องนี้ รวมทั้งชื่อ-นามสกุลและเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Names and national id numbers are replaced by codes; phone numbers and sensitive data are left out. Enough for the central office&apos;s reports.</source>
        <translation>ใช้รหัสแทนชื่อ-นามสกุลและเลขประจำตัวประชาชน ไม่ส่งหมายเลขโทรศัพท์และข้อมูลอ่อนไหว เพียงพอสำหรับการจัดทำรายงานของส่วนกลาง</translation>
    </message>
    <message>
        <source>Only the number of records per table and college; no record about a person leaves this computer.</source>
        <translation>ส่งเฉพาะจำนวนรายการแยกตามประเภทข้อมูลและสถานศึกษา ไม่มีข้อมูลรายบุคคลออกจากเครื่องนี้</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Local changes not sent yet</source>
        <translation>มีการแก้ไขในเครื่องนี้ที่ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>In conflict: waiting for review</source>
        <translation>ข้อมูลขัดแย้ง รอการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>SyncTables</name>
    <message>
        <source>Excellent subjects</source>
        <translation>สาขาวิชาที่มีความเป็นเลิศ</translation>
    </message>
    <message>
        <source>CVM centers</source>
        <translation>ศูนย์ CVM</translation>
    </message>
    <message>
        <source>Network colleges</source>
        <translation>สถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Units of competency</source>
        <translation>หน่วยสมรรถนะ</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Agreements (MOU/MOA)</source>
        <translation>บันทึกข้อตกลงความร่วมมือ (MOU/MOA)</translation>
    </message>
    <message>
        <source>Certification and test centers</source>
        <translation>ศูนย์ประเมินสมรรถนะและศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>คณะกรรมการ</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Knowledge-bank components</source>
        <translation>องค์ประกอบคลังปัญญาอาชีวศึกษา</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Development plans and annual action plans</source>
        <translation>แผนพัฒนาและแผนปฏิบัติการประจำปี</translation>
    </message>
    <message>
        <source>Policy recommendations</source>
        <translation>ข้อเสนอแนะเชิงนโยบาย</translation>
    </message>
    <message>
        <source>Reports sent to the central office</source>
        <translation>รายงานที่ส่งส่วนกลาง (สอศ.)</translation>
    </message>
    <message>
        <source>Short courses</source>
        <translation>หลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>ผู้เรียน</translation>
    </message>
    <message>
        <source>Planned intake and graduates</source>
        <translation>แผนการรับผู้เรียนและผู้สำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>Teacher-training curricula</source>
        <translation>หลักสูตรฝึกอบรมครู</translation>
    </message>
    <message>
        <source>Workforce demand</source>
        <translation>ความต้องการกำลังคน</translation>
    </message>
    <message>
        <source>Assessment rounds of certification and test centers</source>
        <translation>รอบการประเมินของศูนย์ประเมินสมรรถนะและศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>รายชื่อกรรมการ</translation>
    </message>
    <message>
        <source>Curriculum courses and their units of competency</source>
        <translation>รายวิชาในหลักสูตรและหน่วยสมรรถนะที่เทียบ</translation>
    </message>
    <message>
        <source>Teaching-media contest entries</source>
        <translation>ผลงานส่งประกวดสื่อการสอน</translation>
    </message>
    <message>
        <source>Placement seats offered by enterprises</source>
        <translation>จำนวนที่นั่งฝึกที่สถานประกอบการเสนอรับ</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Safety training and rights orientation</source>
        <translation>การอบรมความปลอดภัยและการปฐมนิเทศเรื่องสิทธิ</translation>
    </message>
    <message>
        <source>Self-assessment reports (SAR)</source>
        <translation>รายงานการประเมินตนเอง (SAR)</translation>
    </message>
    <message>
        <source>Short-course runs</source>
        <translation>รุ่นการฝึกอบรมหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Teacher skill gaps</source>
        <translation>ช่องว่างสมรรถนะของครู</translation>
    </message>
    <message>
        <source>Teacher internships</source>
        <translation>การฝึกประสบการณ์ของครูในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Teacher-training runs</source>
        <translation>รุ่นการฝึกอบรมครู</translation>
    </message>
    <message>
        <source>Daily logs of teacher internships</source>
        <translation>บันทึกการปฏิบัติงานประจำวันของครูฝึกประสบการณ์</translation>
    </message>
    <message>
        <source>Teacher-training enrolments</source>
        <translation>การลงทะเบียนฝึกอบรมของครู</translation>
    </message>
    <message>
        <source>Indicator scores</source>
        <translation>คะแนนตัวชี้วัด</translation>
    </message>
    <message>
        <source>Supervision visits of teacher internships</source>
        <translation>การนิเทศครูฝึกประสบการณ์ในสถานประกอบการ</translation>
    </message>
    <message>
        <source>Student placements</source>
        <translation>การฝึกอาชีพของผู้เรียน</translation>
    </message>
    <message>
        <source>Plan activities</source>
        <translation>กิจกรรมตามแผน</translation>
    </message>
    <message>
        <source>Occupational certification results</source>
        <translation>ผลการประเมินและรับรองมาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Incidents and complaints</source>
        <translation>อุบัติเหตุและเรื่องร้องทุกข์</translation>
    </message>
    <message>
        <source>Short-course trainees</source>
        <translation>ผู้เข้ารับการฝึกอบรมหลักสูตรระยะสั้น</translation>
    </message>
    <message>
        <source>Supervision visits of student placements</source>
        <translation>การนิเทศผู้เรียนในสถานประกอบการ</translation>
    </message>
    <message>
        <source>College groups</source>
        <translation>กลุ่มสถานศึกษา</translation>
    </message>
    <message>
        <source>Name titles</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <source>Study levels</source>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <source>Modes of study</source>
        <translation>รูปแบบการจัดการศึกษา</translation>
    </message>
    <message>
        <source>Sites (installations)</source>
        <translation>สถานที่ติดตั้ง</translation>
    </message>
    <message>
        <source>Packages sent and received</source>
        <translation>แฟ้มชุดข้อมูลที่ส่งและรับ</translation>
    </message>
    <message>
        <source>Conflicts kept for review</source>
        <translation>ข้อมูลขัดแย้งที่เก็บไว้ให้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Counts sent by centers</source>
        <translation>จำนวนนับที่ศูนย์ส่งมา</translation>
    </message>
</context>
<context>
    <name>TeacherWatchPanel</name>
    <message>
        <source>Teachers and certification watch</source>
        <translation>ติดตามงานพัฒนาครูและศูนย์ทดสอบ</translation>
    </message>
    <message>
        <source>Show all overdue reports</source>
        <translation>แสดงรายงานที่เลยกำหนดทั้งหมด</translation>
    </message>
    <message>
        <source>Show all centers to renew</source>
        <translation>แสดงศูนย์ที่ต้องต่ออายุทั้งหมด</translation>
    </message>
    <message>
        <source>The reports and centers could not be checked.</source>
        <translation>ไม่สามารถตรวจสอบรายงานและศูนย์ทดสอบได้</translation>
    </message>
    <message>
        <source>Checking the reports and the test centers…</source>
        <translation>กำลังตรวจสอบรายงานและศูนย์ทดสอบ…</translation>
    </message>
    <message>
        <source>Teacher-internship reports overdue</source>
        <translation>รายงานการฝึกประสบการณ์ของครูที่เลยกำหนดส่ง</translation>
    </message>
    <message>
        <source>Test centers whose validity ends within 90 days</source>
        <translation>ศูนย์ทดสอบที่การรับรองจะสิ้นอายุภายใน 90 วัน</translation>
    </message>
    <message>
        <source>Teacher-internship reports overdue: {count} · received late this fiscal year: {late}</source>
        <translation>รายงานการฝึกประสบการณ์ของครูที่เลยกำหนดส่ง: {count} รายการ · ส่งล่าช้าในปีงบประมาณนี้: {late} รายการ</translation>
    </message>
    <message>
        <source>Test centers whose validity ends within 90 days or has ended: {count}</source>
        <translation>ศูนย์ทดสอบที่การรับรองจะสิ้นอายุภายใน 90 วันหรือสิ้นอายุแล้ว: {count} แห่ง</translation>
    </message>
    <message>
        <source>Every report due so far has come in (within 15 days of the end).</source>
        <translation>ได้รับรายงานที่ถึงกำหนดส่งครบแล้ว (ภายใน 15 วันหลังสิ้นสุดการฝึก)</translation>
    </message>
    <message>
        <source>No accredited center&apos;s validity ends within 90 days.</source>
        <translation>ไม่มีศูนย์ที่ได้รับการรับรองซึ่งจะสิ้นอายุภายใน 90 วัน</translation>
    </message>
    <message>
        <source>{kind}: met</source>
        <translation>{kind}: ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>{kind}: not met</source>
        <translation>{kind}: ยังไม่ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>Accredited test centers in the network (4.1-4.3): {kinds}</source>
        <translation>ศูนย์ที่ได้รับการรับรองในเครือข่าย (คู่มือ 4.1-4.3): {kinds}</translation>
    </message>
    <message>
        <source>{teacher} – {enterprise}</source>
        <translation>{teacher} – {enterprise}</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>ล่าช้า {days} วัน</translation>
    </message>
    <message>
        <source>ended {days} days ago</source>
        <translation>สิ้นอายุแล้ว {days} วัน</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>เหลืออีก {days} วัน</translation>
    </message>
</context>
<context>
    <name>TeachersReport</name>
    <message>
        <source>Teacher development report</source>
        <translation>รายงานผลการพัฒนาครูในสาขาวิชาที่มีความเป็นเลิศ</translation>
    </message>
    <message>
        <source>Activities 5.1-5.5: skill gaps and the development plan, training curricula, teachers trained, internships in enterprises with late reports, and teachers certified.</source>
        <translation>กิจกรรมที่ 5.1-5.5: ช่องว่างสมรรถนะและแผนพัฒนาครู หลักสูตรฝึกอบรมครู ครูที่ผ่านการฝึกอบรม การฝึกประสบการณ์ในสถานประกอบการและรายงานที่ส่งล่าช้า และครูที่ได้รับการรับรองมาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Teacher and college</source>
        <translation>ครู / สถานศึกษา</translation>
    </message>
    <message>
        <source>5.1 Skill-gap survey and the teacher development plan</source>
        <translation>5.1 การสำรวจช่องว่างสมรรถนะและแผนพัฒนาครูและบุคลากร</translation>
    </message>
    <message>
        <source>No network teacher has been recorded.</source>
        <translation>ยังไม่มีการบันทึกข้อมูลครูของสถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>The network has {teachers} teachers of the subject.</source>
        <translation>สถานศึกษาเครือข่ายมีครูในสาขาวิชา จำนวน {teachers} คน</translation>
    </message>
    <message>
        <source>No skill gap has been recorded for this year.</source>
        <translation>ไม่มีการบันทึกข้อมูลช่องว่างสมรรถนะ (Skill Gap) ของปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>{with_gap} of the network&apos;s {teachers} teachers ({percent}) have their skill gaps recorded for the year; they need {competencies} competencies.</source>
        <translation>ครูของสถานศึกษาเครือข่ายที่มีข้อมูลช่องว่างสมรรถนะ (Skill Gap) ของปีงบประมาณ จำนวน {with_gap} คน จากทั้งหมด {teachers} คน ({percent}) โดยมีสมรรถนะที่ต้องพัฒนา {competencies} สมรรถนะ</translation>
    </message>
    <message>
        <source>5.1.1 Competencies to develop</source>
        <translation>5.1.1 สมรรถนะที่ต้องพัฒนา</translation>
    </message>
    <message>
        <source>No curriculum yet</source>
        <translation>ยังไม่มีหลักสูตร</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>สมรรถนะ</translation>
    </message>
    <message>
        <source>Teachers (people)</source>
        <translation>ครู (คน)</translation>
    </message>
    <message>
        <source>Training curricula that cover it</source>
        <translation>หลักสูตรฝึกอบรมที่รองรับ</translation>
    </message>
    <message>
        <source>Enrolled this year (people)</source>
        <translation>ลงทะเบียนอบรมในปีนี้ (คน)</translation>
    </message>
    <message>
        <source>5.1.2 Teachers with a skill gap by college</source>
        <translation>5.1.2 ครูที่มีข้อมูลช่องว่างสมรรถนะ จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>With a skill gap (people)</source>
        <translation>มีข้อมูลช่องว่างสมรรถนะ (คน)</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>5.2 Teacher-training curricula</source>
        <translation>5.2 หลักสูตรฝึกอบรมครู</translation>
    </message>
    <message>
        <source>No teacher-training curriculum has been recorded.</source>
        <translation>ยังไม่มีการบันทึกหลักสูตรฝึกอบรมครู</translation>
    </message>
    <message>
        <source>The center has {count} teacher-training curricula, {wbl} of them on work-based learning.</source>
        <translation>ศูนย์ฯ มีหลักสูตรฝึกอบรมครู จำนวน {count} หลักสูตร ในจำนวนนี้เป็นหลักสูตรการจัดการเรียนรู้แบบ Work-based Learning {wbl} หลักสูตร</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>สมรรถนะ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <source>Partner enterprise</source>
        <translation>สถานประกอบการที่ร่วมจัด</translation>
    </message>
    <message>
        <source>WBL</source>
        <translation>WBL</translation>
    </message>
    <message>
        <source>5.2.1 Training runs held in the year</source>
        <translation>5.2.1 การฝึกอบรมที่จัดในปีงบประมาณ</translation>
    </message>
    <message>
        <source>No teacher-training run started in this year.</source>
        <translation>ไม่มีการฝึกอบรมครูที่เริ่มในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>วันที่อบรม</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>จำนวนที่รับ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>{first} - {last}</source>
        <translation>{first} - {last}</translation>
    </message>
    <message>
        <source>5.3 Teachers trained in the year</source>
        <translation>5.3 ครูที่ผ่านการฝึกอบรมในปีงบประมาณ</translation>
    </message>
    <message>
        <source>No teacher completed a training run that started in this year.</source>
        <translation>ไม่มีครูที่ผ่านการฝึกอบรมในรุ่นที่เริ่มในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>{count} teachers completed a training run that started in the year (a teacher who completed several runs counts once).</source>
        <translation>ครูที่ผ่านการฝึกอบรมในรุ่นที่เริ่มในปีงบประมาณ จำนวน {count} คน (ครูที่ผ่านการอบรมหลายรุ่นนับเป็น 1 คน)</translation>
    </message>
    <message>
        <source>5.3.1 By college group</source>
        <translation>5.3.1 จำแนกตามกลุ่มสถานศึกษา</translation>
    </message>
    <message>
        <source>College group</source>
        <translation>กลุ่มสถานศึกษา</translation>
    </message>
    <message>
        <source>Teachers trained (people)</source>
        <translation>ครูที่ผ่านการอบรม (คน)</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>ครูทั้งหมด</translation>
    </message>
    <message>
        <source>Trained in the year</source>
        <translation>ผ่านการฝึกอบรมในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Figure 1 Teachers and teachers trained in the year, by college group</source>
        <translation>แผนภูมิที่ 1 จำนวนครูและครูที่ผ่านการฝึกอบรมในปีงบประมาณ จำแนกตามกลุ่มสถานศึกษา</translation>
    </message>
    <message>
        <source>5.3.2 By curriculum</source>
        <translation>5.3.2 จำแนกตามหลักสูตร</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>จำนวนรุ่น</translation>
    </message>
    <message>
        <source>5.3.3 By college</source>
        <translation>5.3.3 จำแนกตามสถานศึกษา</translation>
    </message>
    <message>
        <source>Trained (people)</source>
        <translation>ผ่านการอบรม (คน)</translation>
    </message>
    <message>
        <source>5.4 Teacher internships in enterprises</source>
        <translation>5.4 การฝึกประสบการณ์ทักษะวิชาชีพในสถานประกอบการของครู</translation>
    </message>
    <message>
        <source>No teacher internship ended in this year.</source>
        <translation>ไม่มีการฝึกประสบการณ์ของครูที่สิ้นสุดในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>Internships that ended in the year</source>
        <translation>การฝึกประสบการณ์ที่สิ้นสุดในปีงบประมาณ (ราย)</translation>
    </message>
    <message>
        <source>Final reports received within 15 days</source>
        <translation>ส่งรายงานผลภายใน 15 วัน (ราย)</translation>
    </message>
    <message>
        <source>Final reports received late</source>
        <translation>ส่งรายงานผลล่าช้า (ราย)</translation>
    </message>
    <message>
        <source>Final reports overdue (not received)</source>
        <translation>เลยกำหนดและยังไม่ได้รับรายงานผล (ราย)</translation>
    </message>
    <message>
        <source>Final reports not yet due</source>
        <translation>ยังไม่ถึงกำหนดส่งรายงานผล (ราย)</translation>
    </message>
    <message>
        <source>Internships without an incident</source>
        <translation>การฝึกประสบการณ์ที่ไม่เกิดเหตุการณ์ (ราย)</translation>
    </message>
    <message>
        <source>{count} of {total} ({percent})</source>
        <translation>{count} จาก {total} ({percent})</translation>
    </message>
    <message>
        <source>5.4.1 Internships that ended in the year</source>
        <translation>5.4.1 รายชื่อครูที่ฝึกประสบการณ์ซึ่งสิ้นสุดในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>สถานประกอบการ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ระยะเวลาฝึก</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>รายงานผลการฝึก</translation>
    </message>
    <message>
        <source>5.4.2 Final reports received late or overdue</source>
        <translation>5.4.2 รายงานผลการฝึกที่ส่งล่าช้าหรือเลยกำหนดส่ง</translation>
    </message>
    <message>
        <source>The final report is due within 15 days after the internship ends. Overdue reports are counted as of {day}.</source>
        <translation>ครูต้องส่งรายงานผลการปฏิบัติงานภายใน 15 วันหลังสิ้นสุดการปฏิบัติงาน รายงานที่เลยกำหนดส่งนับ ณ วันที่ {day}</translation>
    </message>
    <message>
        <source>No final report was due, as no internship ended in this year.</source>
        <translation>ไม่มีรายงานผลการฝึกที่ถึงกำหนดส่ง เนื่องจากไม่มีการฝึกประสบการณ์ที่สิ้นสุดในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>Every final report due so far came within 15 days after the internship ended.</source>
        <translation>รายงานผลการฝึกที่ถึงกำหนดส่งแล้วทุกฉบับส่งภายใน 15 วันหลังสิ้นสุดการปฏิบัติงาน</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>ยังไม่ได้รับ</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>วันที่ได้รับ</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>ล่าช้า (วัน)</translation>
    </message>
    <message>
        <source>5.4.3 Incidents during the internships</source>
        <translation>5.4.3 เหตุการณ์ระหว่างการฝึกประสบการณ์</translation>
    </message>
    <message>
        <source>No incident during a teacher internship was recorded.</source>
        <translation>ไม่มีการบันทึกเหตุการณ์ระหว่างการฝึกประสบการณ์ของครูในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>5.5 Occupational-standard certification of teachers</source>
        <translation>5.5 การรับรองมาตรฐานอาชีพของครู</translation>
    </message>
    <message>
        <source>No teacher was assessed against an occupational standard.</source>
        <translation>ไม่มีครูที่เข้ารับการประเมินมาตรฐานอาชีพในปีงบประมาณนี้</translation>
    </message>
    <message>
        <source>{assessed} teachers were assessed against an occupational standard in the year; {certified} of them were certified.</source>
        <translation>ครูที่เข้ารับการประเมินมาตรฐานอาชีพในปีงบประมาณ จำนวน {assessed} คน ผ่านการรับรอง {certified} คน</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <source>5.5.1 Teachers certified by standard</source>
        <translation>5.5.1 ครูที่ได้รับการรับรอง จำแนกตามมาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Occupational standard</source>
        <translation>มาตรฐานอาชีพ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>หน่วยรับรอง</translation>
    </message>
    <message>
        <source>5.5.2 Teachers certified in the year</source>
        <translation>5.5.2 รายชื่อครูที่ได้รับการรับรองในปีงบประมาณ</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุปผลการดำเนินงาน</translation>
    </message>
    <message>
        <source>Teachers of the network (people)</source>
        <translation>ครูของสถานศึกษาเครือข่าย (คน)</translation>
    </message>
    <message>
        <source>Teachers with a skill gap recorded for the year (people)</source>
        <translation>ครูที่มีข้อมูลช่องว่างสมรรถนะของปีงบประมาณ (คน)</translation>
    </message>
    <message>
        <source>Teacher-training curricula (curricula)</source>
        <translation>หลักสูตรฝึกอบรมครู (หลักสูตร)</translation>
    </message>
    <message>
        <source>Training runs that started in the year (runs)</source>
        <translation>การฝึกอบรมที่เริ่มในปีงบประมาณ (รุ่น)</translation>
    </message>
    <message>
        <source>Teachers trained in the year (people)</source>
        <translation>ครูที่ผ่านการฝึกอบรมในปีงบประมาณ (คน)</translation>
    </message>
    <message>
        <source>Teacher internships that ended in the year</source>
        <translation>การฝึกประสบการณ์ในสถานประกอบการของครูที่สิ้นสุดในปีงบประมาณ (ราย)</translation>
    </message>
    <message>
        <source>Teachers certified in the year (people)</source>
        <translation>ครูที่ได้รับการรับรองมาตรฐานอาชีพในปีงบประมาณ (คน)</translation>
    </message>
    <message>
        <source>Targets of activities 5.1 to 5.5</source>
        <translation>ผลการดำเนินงานตามเป้าหมายของกิจกรรมที่ 5.1 ถึง 5.5</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>{value}%</source>
        <translation>ร้อยละ {value}</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} ถึง {last}</translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation>{value} จาก {total}</translation>
    </message>
    <message>
        <source>CVM center</source>
        <translation>ศูนย์ CVM</translation>
    </message>
    <message>
        <source>Network college station</source>
        <translation>สถานศึกษาเครือข่าย</translation>
    </message>
    <message>
        <source>Central office (OVEC)</source>
        <translation>ส่วนกลาง (สอศ.)</translation>
    </message>
    <message>
        <source>CVM center: {subject}</source>
        <translation>ศูนย์ CVM {subject}</translation>
    </message>
    <message>
        <source>Office of the Vocational Education Commission (central office)</source>
        <translation>สำนักงานคณะกรรมการการอาชีวศึกษา (ส่วนกลาง)</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>All groups</source>
        <translation>รวมทุกกลุ่ม</translation>
    </message>
    <message>
        <source>College group</source>
        <translation>กลุ่มสถานศึกษา</translation>
    </message>
    <message>
        <source>Teachers trained</source>
        <translation>จำนวนครูที่ผ่านการอบรม</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>เลขที่วุฒิบัตร</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>ครู</translation>
    </message>
    <message>
        <source>College</source>
        <translation>สถานศึกษา</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>วันเริ่ม</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>จำนวนชั่วโมง</translation>
    </message>
    <message>
        <source>Teacher training</source>
        <translation>การฝึกอบรมครู</translation>
    </message>
    <message>
        <source>Number the certificates of the chosen run</source>
        <translation>ออกเลขที่วุฒิบัตรของรุ่นที่เลือก</translation>
    </message>
    <message>
        <source>Gives every teacher of the chosen run who completed it and has no certificate number the next number: B.E. year/run/sequence.</source>
        <translation>กำหนดเลขที่วุฒิบัตรลำดับถัดไปให้ครูทุกคนในรุ่นที่เลือกซึ่งผ่านการอบรมแล้วแต่ยังไม่มีเลขที่วุฒิบัตร ในรูปแบบ ปี พ.ศ./รุ่น/ลำดับ</translation>
    </message>
    <message>
        <source>Teachers trained by college group</source>
        <translation>จำนวนครูที่ผ่านการอบรม จำแนกตามกลุ่มสถานศึกษา</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>ปีงบประมาณ (&amp;F):</translation>
    </message>
    <message>
        <source>Certificates numbered: {count}.</source>
        <translation>ออกเลขที่วุฒิบัตรแล้ว {count} ฉบับ</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Enrol the key of another site</source>
        <translation>ลงทะเบียนกุญแจของหน่วยงานอื่น</translation>
    </message>
    <message>
        <source>Call the person at this site and ask them to read out the key fingerprint on their Sites and keys screen. Compare all eight groups: enrol the key only if every group matches. If any group differs, do not enrol it: the file may have been changed on its way.</source>
        <translation>โปรดโทรศัพท์ถึงผู้รับผิดชอบของหน่วยงานนี้ และขอให้อ่านลายนิ้วมือกุญแจจากหน้าจอ หน่วยงานและกุญแจ ของเขา แล้วเทียบให้ครบทั้งแปดกลุ่ม ลงทะเบียนกุญแจเฉพาะเมื่อตรงกันทุกกลุ่มเท่านั้น หากมีกลุ่มใดไม่ตรงกัน ห้ามลงทะเบียน เพราะไฟล์อาจถูกแก้ไขระหว่างทาง</translation>
    </message>
    <message>
        <source>&amp;Name of the site:</source>
        <translation>ชื่อหน่วยงาน (&amp;N):</translation>
    </message>
    <message>
        <source>Kind of site:</source>
        <translation>ประเภทหน่วยงาน:</translation>
    </message>
    <message>
        <source>Site identifier:</source>
        <translation>รหัสประจำหน่วยงาน:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>ลายนิ้วมือกุญแจ:</translation>
    </message>
    <message>
        <source>&amp;Every group matches the fingerprint the site read out to me</source>
        <translation>ลายนิ้วมือกุญแจตรงกับที่หน่วยงานนั้นอ่านให้ฟังทุกกลุ่ม (&amp;E)</translation>
    </message>
    <message>
        <source>Enrol the key</source>
        <translation>ลงทะเบียนกุญแจ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label}: this is not a date; write day/month/year, for example 1/10/2568</source>
        <translation>{label} ไม่ใช่วันที่ โปรดกรอกเป็น วัน/เดือน/ปี เช่น 1/10/2568</translation>
    </message>
    <message>
        <source>{label} is not a real calendar date: check the day and the month</source>
        <translation>{label} ไม่ใช่วันที่ที่มีอยู่จริง โปรดตรวจสอบวันและเดือน</translation>
    </message>
    <message>
        <source>{label}: the month name is not recognised</source>
        <translation>{label}: ไม่รู้จักชื่อเดือนที่กรอก</translation>
    </message>
    <message>
        <source>{label} must contain digits only</source>
        <translation>{label} ต้องเป็นตัวเลขเท่านั้น</translation>
    </message>
    <message>
        <source>{label} must have 13 digits, but {count} were given</source>
        <translation>{label} ต้องมี 13 หลัก แต่กรอกมา {count} หลัก</translation>
    </message>
    <message>
        <source>{label} is not valid: the check digit does not match</source>
        <translation>{label} ไม่ถูกต้อง: เลขตรวจสอบหลักสุดท้ายไม่ตรงกัน</translation>
    </message>
    <message>
        <source>{label} is not a valid phone number, for example 081 234 5678</source>
        <translation>{label} ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง ตัวอย่างเช่น 081 234 5678</translation>
    </message>
    <message>
        <source>{label} must be a Thai phone number</source>
        <translation>{label} ต้องเป็นหมายเลขโทรศัพท์ในประเทศไทย</translation>
    </message>
    <message>
        <source>{label}: no Thai province has this name</source>
        <translation>{label}: ไม่มีจังหวัดชื่อนี้ในประเทศไทย</translation>
    </message>
    <message>
        <source>{label}: this name title is not in the list</source>
        <translation>{label}: ไม่มีคำนำหน้าชื่อนี้ในรายการ</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>โปรดกรอก{label}</translation>
    </message>
</context>
<context>
    <name>WblPage</name>
    <message>
        <source>Work-based learning</source>
        <translation>การเรียนรู้ในสถานประกอบการ (WBL)</translation>
    </message>
    <message>
        <source>Work-based learning (manual 6.1)</source>
        <translation>การจัดการเรียนรู้ในสถานประกอบการ (WBL) (คู่มือ ข้อ 6.1)</translation>
    </message>
    <message>
        <source>&amp;Fiscal year (B.E.):</source>
        <translation>ปี&amp;งบประมาณ (พ.ศ.):</translation>
    </message>
    <message>
        <source>The figures could not be read. Choose the year again to retry.</source>
        <translation>อ่านข้อมูลสถิติไม่สำเร็จ โปรดเลือกปีอีกครั้งเพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>กำลังอ่านข้อมูลสถิติ…</translation>
    </message>
    <message>
        <source>Trainee list for certificates of WBL training: {count} entries</source>
        <translation>รายชื่อผู้ผ่านการอบรม WBL เพื่อออกวุฒิบัตร: {count} รายการ</translation>
    </message>
    <message>
        <source>{group} {count}</source>
        <translation>{group} {count}</translation>
    </message>
    <message>
        <source>Teachers trained in work-based learning: {total} ({groups})</source>
        <translation>ครูที่ผ่านการอบรมการจัดการเรียนรู้ในสถานประกอบการ (WBL): {total} คน ({groups})</translation>
    </message>
    <message>
        <source>Work-based learning placements starting in the year: none</source>
        <translation>นักเรียนที่เริ่มเรียนรู้ในสถานประกอบการ (WBL) ในปีนี้: ไม่มี</translation>
    </message>
    <message>
        <source>{college} {count}</source>
        <translation>{college} {count}</translation>
    </message>
    <message>
        <source>{count} more colleges</source>
        <translation>และอีก {count} แห่ง</translation>
    </message>
    <message>
        <source>Work-based learning placements starting in the year: {total} ({colleges})</source>
        <translation>นักเรียนที่เริ่มเรียนรู้ในสถานประกอบการ (WBL) ในปีนี้: {total} ราย ({colleges})</translation>
    </message>
    <message>
        <source>Teaching-media contest entries: none in this year</source>
        <translation>ผลงานที่ส่งประกวดสื่อการสอน: ไม่มีในปีนี้</translation>
    </message>
    <message>
        <source>Teaching-media contest entries: {entries}, with a result: {results}</source>
        <translation>ผลงานที่ส่งประกวดสื่อการสอน: {entries} ผลงาน ได้รับผลการตัดสินแล้ว {results} ผลงาน</translation>
    </message>
    <message>
        <source>{contest}: {entries} entries, {results} with a result</source>
        <translation>{contest}: {entries} ผลงาน ได้รับผลการตัดสินแล้ว {results} ผลงาน</translation>
    </message>
</context>
</TS>
