/**
 * The duties that the repository's fixtures assign by agency in prose, in their "TỔ CHỨC THỰC HIỆN" section
 * (CONTRACT.md "Task": one inline record per agency item). Written from reading each section: the first agency each
 * item names, in order. The pipeline puts these records after the table's (or the task section's) records, so the
 * tests written for the tables compare `withoutDuties(doc)` and test/extract/duties.test.ts checks these.
 */
import type { PlanDocument, Task } from "../../src/schema/plan.js";

export const PROSE_DUTIES: Record<string, string[]> = {
  "000_cc8d44a7a110d77b.txt": ["Thủ trưởng các ban, phòng ngành huyện", "Các cơ quan chủ trì thực hiện nội dung CCHC", "Phòng Nội vụ"],
  "001_cf13d097df470f82.txt": ["Thủ trưởng các sở, ban, ngành tỉnh", "Các cơ quan chủ trì thực hiện nội dung CCHC", "Sở Nội vụ"],
  // "Phòng Nội vụ - cơ quan thường trực Ban điều hành CCHC huyện": the role after the dash is not the body's name.
  "003_9a23d4ea0e0477f2.txt": ["Các ngành liên quan", "Phòng Nội vụ", "Phòng Nội vụ"],
  // "Văn phòng HĐND - UBND và các phòng: …" and "Ủy ban Mặt trận Tổ quốc và các tổ chức đoàn thể cấp huyện" name
  // several bodies, one lead each (the first shown here).
  "004_b6c2931c4fda3fce.txt": [
    "Văn phòng HĐND - UBND",
    "Trưởng các phòng, ban, ngành cấp huyện",
    "Phòng Nội vụ",
    "Trung tâm Phục vụ hành chính công huyện",
    "Trung tâm Văn hóa - Truyền thông huyện",
    "Ủy ban Mặt trận Tổ quốc",
  ],
  "u01_phuong-hac-thanh-2026.txt": ["Văn phòng HĐND và UBND phường", "Các phòng, đơn vị thuộc UBND phường"],
  // "2. Thủ trưởng các cơ quan, đơn vị … tổ chức thực hiện nhiệm vụ được giao tại Phụ lục kèm theo." only points to the
  // appendix, whose rows are the records.
  "u02_huyen-huong-hoa-qd-2024.txt": ["Phòng Nội vụ"],
  "u03_so-noi-vu-ha-tinh-2025.html": ["Văn phòng Sở", "Trưởng các phòng, đơn vị thuộc Sở"],
  "u04_tinh-quang-tri-2025-scraped.md": ["Sở Nội vụ", "Các sở, ban, ngành"],
  "u05_xa-tan-hoi-6thang-2025.md": ["Văn phòng HĐND và UBND xã"],
  "u06_quan-hai-chau-2024.txt": ["Thủ trưởng các cơ quan, đơn vị"],
  "u07_tp-can-tho-2021-2025.txt": ["Sở Nội vụ"],
  "u08_thi-xa-nghi-son-2023.html": ["Phòng Nội vụ", "Các cơ quan, đơn vị"],
  "u09_dac-khu-phu-quoc-2026.md": ["Văn phòng HĐND và UBND đặc khu"],
  "u10_so-tu-phap-quang-ninh-2025-draft.txt": ["Văn phòng Sở"],
  "u11_huyen-tan-yen-2024-word.html": ["Phòng Nội vụ"],
  "u12_ban-dan-toc-son-la-2024.md": ["Văn phòng Ban"],
  "u13_phuong-ben-thanh-2026.html": ["Văn phòng HĐND và UBND phường"],
  "u14_xa-dong-hoa-qd-quy4-2025-scraped.md": ["Văn phòng HĐND và UBND xã"],
  "u15_huyen-ba-vi-2024-two-row-tab.txt": ["Phòng Nội vụ"],
  "u16_huyen-kim-son-2024-layout.txt": ["Phòng Nội vụ"],
  "r10_dongthap-tinh_617-KH-UBND-2025_cds-doanh-nghiep.md": [
    "Sở Khoa học và Công nghệ",
    "Sở Tài chính",
    "Sở Công Thương",
    "Sở Văn hoá, Thể thao và Du lịch",
    "Ủy ban nhân dân các xã, phường",
    "Hiệp hội Doanh nghiệp tỉnh",
    "Các sở, ban, ngành tỉnh",
  ],
  "r13_nghean-tinh_980-KH-UBND-2025_phong-thu-dan-su.md": [
    "Các sở, ban, ngành, tổ chức chính trị - xã hội",
    "Bộ CHQS tỉnh",
    "Các sở, ban, ngành, tổ chức chính trị - xã hội",
    "Sở Tài chính",
  ],
};

function nameOf(doc: PlanDocument): string {
  return (doc.source.path ?? "").split(/[\\/]/).pop() ?? "";
}

/** The document's records without its prose duties (which come last). */
export function withoutDuties(doc: PlanDocument): Task[] {
  const duties = PROSE_DUTIES[nameOf(doc)]?.length ?? 0;
  return doc.tasks.slice(0, doc.tasks.length - duties);
}

/** The document's prose duties (the last records). */
export function dutiesOf(doc: PlanDocument): Task[] {
  const duties = PROSE_DUTIES[nameOf(doc)]?.length ?? 0;
  return duties === 0 ? [] : doc.tasks.slice(-duties);
}
