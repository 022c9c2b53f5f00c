/**
 * Plans shaped as Word and LibreOffice shape them, unlike the seed fixtures (fixtures/unseen-office/, made by
 * fixtures/unseen-office/make/make.sh; what each one varies is in that folder's README). Every value below was
 * written from reading the document (its DOCX in Word terms, its PDF on the page), not from cchc's output; each
 * plan is checked in both formats, and its PDF against its DOCX.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const fixture = (name: string) => new URL(`../../fixtures/unseen-office/${name}`, import.meta.url).pathname;

const cache = new Map<string, Promise<PlanDocument>>();
function parsed(name: string): Promise<PlanDocument> {
  if (!cache.has(name)) cache.set(name, parsePlan(fixture(name), { ocr: "never" }));
  return cache.get(name)!;
}

interface ExpectedTask {
  number: string | null;
  area?: string | null;
  task: string;
  lead: string[];
  partners: string[];
  /** raw, start, end, recurrence */
  deadline: [string | null, string | null, string | null, string | null];
  products?: string[];
  extra?: Record<string, string>;
}

interface Expected {
  meta: Record<string, unknown>;
  /** numeral, heading, subsections as "number heading" */
  sections: Array<[string, string, string[]]>;
  /** subsection texts worth reading whole: [numeral, subsection number, text] */
  texts?: Array<[string, string, string]>;
  appendix?: { title: string; reference: string };
  tasks: ExpectedTask[];
  /** Task fields the PDF cannot give as the DOCX does (see the note above `taskView`). */
  pdfLimits?: Array<[number, "products"]>;
}

const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });
const Y24 = year(2024);
const Y25 = year(2025);
/** Shorthands for the deadline column: [raw, start, end, recurrence]. */
const within = (raw: string, start: string, end: string): ExpectedTask["deadline"] => [raw, start, end, null];
const every = (raw: string, recurrence: string, y = Y24): ExpectedTask["deadline"] => [raw, y.start, y.end, recurrence];
const before = (raw: string, end: string): ExpectedTask["deadline"] => [raw, null, end, null];

/** Tasks of a group: the group's label filled into each. */
const group = (area: string | null, tasks: ExpectedTask[]): ExpectedTask[] => tasks.map((t) => ({ ...t, area }));

const DOCS: Record<string, Expected> = {
  // Word: header table, Word numbering for I./1./a)/-/+, footnote, landscape appendix, two-row header "Cơ quan"
  // over "Chủ trì | Phối hợp" repeated, group rows spanning the row, lead cells merged down.
  "u1-camlam": {
    meta: {
      docType: "ke_hoach",
      number: "25/KH-UBND",
      date: "2024-01-15",
      place: "Cam Lâm",
      issuer: "UBND huyện Cam Lâm",
      level: "huyen",
      title: "Cải cách hành chính huyện Cam Lâm năm 2024",
      year: 2024,
      signer: "Nguyễn Văn An",
      legalBases: [
        "Quyết định số 1250/QĐ-UBND ngày 20/12/2023 của UBND tỉnh Khánh Hòa ban hành Kế hoạch cải cách hành chính tỉnh Khánh Hòa năm 2024",
        "Chương trình công tác năm 2024 của Huyện ủy Cam Lâm",
      ],
      recipients: ["UBND tỉnh (b/c)", "Sở Nội vụ", "TT Huyện ủy, TT HĐND huyện", "Các cơ quan, đơn vị thuộc UBND huyện", "UBND các xã, thị trấn", "Lưu: VT, NV"],
    },
    sections: [
      ["I", "MỤC ĐÍCH, YÊU CẦU", ["1 Mục đích", "2 Yêu cầu"]],
      ["II", "NHIỆM VỤ TRỌNG TÂM", ["1 Cải cách thể chế", "2 Cải cách thủ tục hành chính", "3 Cải cách tổ chức bộ máy", "4 Xây dựng chính quyền điện tử, chính quyền số"]],
      ["III", "TỔ CHỨC THỰC HIỆN", ["1 Phòng Nội vụ", "2 Các cơ quan, đơn vị, UBND các xã, thị trấn"]],
    ],
    texts: [
      // The footnote's number is no part of the text.
      ["I", "1", "Tiếp tục đẩy mạnh cải cách hành chính (CCHC) gắn với chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp, phấn đấu cải thiện Chỉ số hài lòng của người dân."],
      // The "+" item is Word list numbering: its marker and its text are one item.
      ["I", "2", "Xác định rõ nhiệm vụ, thời gian hoàn thành và trách nhiệm của từng cơ quan, đơn vị. + Gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm vụ được giao. - Kịp thời báo cáo khó khăn, vướng mắc trong quá trình triển khai thực hiện."],
    ],
    appendix: { title: "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024", reference: "Kế hoạch số 25/KH-UBND ngày 15/01/2024 của UBND huyện Cam Lâm" },
    tasks: [
      ...group("Cải cách thể chế", [
        { number: "1", task: "Xây dựng, ban hành văn bản quy phạm pháp luật thuộc thẩm quyền của HĐND, UBND huyện theo chương trình được phê duyệt", lead: ["Phòng Tư pháp"], partners: ["Các cơ quan chuyên môn thuộc UBND huyện"], deadline: within("Trong năm 2024", Y24.start, Y24.end), products: ["Nghị quyết, Quyết định được ban hành"] },
        { number: "2", task: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", lead: ["Phòng Tư pháp"], partners: ["Văn phòng HĐND và UBND huyện"], deadline: within("Quý IV/2024", "2024-10-01", "2024-12-31"), products: ["Báo cáo kết quả rà soát"] },
      ]),
      ...group("Cải cách thủ tục hành chính", [
        { number: "3", task: "Công khai đầy đủ, kịp thời thủ tục hành chính tại Bộ phận Một cửa huyện và trên Cổng dịch vụ công của tỉnh", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["Các cơ quan chuyên môn", "UBND các xã, thị trấn"], deadline: every("Thường xuyên", "continuous"), products: ["Thủ tục hành chính được công khai"] },
        { number: "4", task: "Rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước của huyện", lead: ["Phòng Nội vụ"], partners: ["Phòng Tài chính - Kế hoạch"], deadline: before("Trước ngày 30/9/2024", "2024-09-30"), products: ["Kế hoạch rà soát", "Phương án đơn giản hóa"] },
        { number: "5", task: "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["Các cơ quan, đơn vị có liên quan"], deadline: every("Hằng quý", "quarterly"), products: ["Báo cáo kết quả xử lý"] },
      ]),
      ...group("Cải cách tổ chức bộ máy", [
        { number: "6", task: "Sắp xếp, kiện toàn tổ chức các cơ quan chuyên môn thuộc UBND huyện theo quy định của Chính phủ", lead: ["Phòng Nội vụ"], partners: ["Các cơ quan chuyên môn thuộc UBND huyện"], deadline: within("Quý II/2024", "2024-04-01", "2024-06-30"), products: ["Quyết định kiện toàn tổ chức"] },
        { number: "7", task: "Quản lý, sử dụng biên chế được giao; thực hiện tinh giản biên chế theo lộ trình", lead: ["Phòng Nội vụ"], partners: ["Các cơ quan, đơn vị thuộc UBND huyện"], deadline: within("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), products: ["Báo cáo tinh giản biên chế"] },
      ]),
      ...group("Xây dựng chính quyền điện tử, chính quyền số", [
        { number: "8", task: "Duy trì, nâng cấp hệ thống quản lý văn bản và điều hành của huyện", lead: ["Phòng Văn hóa và Thông tin"], partners: ["Văn phòng HĐND và UBND huyện"], deadline: within("Tháng 6/2024", "2024-06-01", "2024-06-30"), products: ["Hệ thống vận hành ổn định"] },
        { number: "9", task: "Tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến toàn trình", lead: ["UBND các xã, thị trấn"], partners: ["Phòng Văn hóa và Thông tin", "Đoàn Thanh niên huyện"], deadline: within("Quý II, III/2024", "2024-04-01", "2024-09-30"), products: ["Tỷ lệ hồ sơ trực tuyến tăng so với năm 2023"] },
      ]),
    ],
    pdfLimits: [[3, "products"]],
  },

  // LibreOffice: header typed with tab stops in the older spelling, outline-numbered headings, "+" bullet written in
  // the Symbol font, recipients and signature as plain paragraphs; "Ghi chú" column, numbers restarting per group.
  "u2-hoabinh": {
    meta: {
      number: "08/KH-UBND",
      date: "2024-02-05",
      place: "Hòa Bình",
      issuer: "UBND xã Hòa Bình",
      level: "xa",
      title: "Thực hiện công tác cải cách hành chính năm 2024 trên địa bàn xã Hòa Bình",
      year: 2024,
      signer: "Trần Thị Bình",
      legalBases: ["Kế hoạch số 30/KH-UBND ngày 25/01/2024 của UBND huyện Tây Hòa về cải cách hành chính năm 2024"],
      recipients: ["UBND huyện Tây Hòa", "Phòng Nội vụ huyện", "Đảng ủy, HĐND xã", "Lưu: VT"],
    },
    sections: [
      ["I", "MỤC ĐÍCH, YÊU CẦU", ["1 Mục đích", "2 Yêu cầu"]],
      ["II", "NHIỆM VỤ CỤ THỂ", []],
      ["III", "TỔ CHỨC THỰC HIỆN", ["1 Công chức Văn phòng - Thống kê", "2 Các ban, ngành, đoàn thể xã"]],
    ],
    texts: [
      ["I", "2", "Các nhiệm vụ phải cụ thể, rõ người, rõ việc, rõ thời gian hoàn thành. + Công chức được phân công chủ động triển khai, báo cáo kết quả đúng hạn. - Gắn kết quả cải cách hành chính với đánh giá, xếp loại cán bộ, công chức cuối năm."],
    ],
    appendix: { title: "PHÂN CÔNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024", reference: "Kế hoạch số 08/KH-UBND ngày 05/02/2024 của UBND xã Hòa Bình" },
    tasks: [
      ...group("Công tác chỉ đạo, điều hành", [
        { number: "1", task: "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2024 của xã", lead: ["Công chức Văn phòng - Thống kê"], partners: ["Các công chức chuyên môn"], deadline: within("Tháng 02/2024", "2024-02-01", "2024-02-29"), extra: {} },
        { number: "2", task: "Kiểm tra công tác cải cách hành chính tại các bộ phận chuyên môn của xã", lead: ["Công chức Văn phòng - Thống kê"], partners: ["Công chức Tư pháp - Hộ tịch"], deadline: within("Quý III/2024", "2024-07-01", "2024-09-30"), extra: { "Ghi chú": "Theo kế hoạch kiểm tra" } },
        { number: "3", task: "Báo cáo định kỳ kết quả thực hiện công tác cải cách hành chính", lead: ["Công chức Văn phòng - Thống kê"], partners: [], deadline: every("Hằng quý", "quarterly"), extra: { "Ghi chú": "Trước ngày 15 của tháng cuối quý" } },
      ]),
      ...group("Cải cách thủ tục hành chính", [
        { number: "1", task: "Niêm yết, công khai thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của xã", lead: ["Công chức Tư pháp - Hộ tịch"], partners: ["Công chức Văn phòng - Thống kê"], deadline: every("Thường xuyên", "continuous") },
        { number: "2", task: "Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", lead: ["Bộ phận tiếp nhận và trả kết quả"], partners: ["Các công chức chuyên môn"], deadline: within("Năm 2024", Y24.start, Y24.end), extra: { "Ghi chú": "Đạt tỷ lệ theo quy định" } },
        { number: "3", task: "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về thủ tục hành chính", lead: ["Công chức Văn phòng - Thống kê"], partners: ["Công chức Tư pháp - Hộ tịch"], deadline: every("Thường xuyên", "continuous") },
      ]),
      ...group("Cải cách chế độ công vụ", [
        { number: "1", task: "Đánh giá, xếp loại cán bộ, công chức xã năm 2024", lead: ["Chủ tịch UBND xã"], partners: ["Công chức Văn phòng - Thống kê"], deadline: within("Tháng 12/2024", "2024-12-01", "2024-12-31") },
        { number: "2", task: "Cử cán bộ, công chức tham gia các lớp bồi dưỡng nghiệp vụ do huyện tổ chức", lead: ["Công chức Văn phòng - Thống kê"], partners: ["Các ban, ngành, đoàn thể xã"], deadline: within("Quý II/2024", "2024-04-01", "2024-06-30") },
        { number: "3", task: "Chấn chỉnh kỷ luật, kỷ cương hành chính trong thực thi công vụ", lead: ["Chủ tịch UBND xã"], partners: ["Các ban, ngành, đoàn thể xã"], deadline: every("Thường xuyên", "continuous") },
      ]),
      ...group("Chuyển đổi số", [
        { number: "1", task: "Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc", lead: ["Công chức Văn phòng - Thống kê"], partners: ["Các công chức chuyên môn"], deadline: within("Năm 2024", Y24.start, Y24.end) },
        { number: "2", task: "Hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia", lead: ["Bộ phận tiếp nhận và trả kết quả"], partners: ["Đoàn Thanh niên xã"], deadline: within("Quý II - Quý IV/2024", "2024-04-01", "2024-12-31") },
      ]),
    ],
  },

  // Word, Times 14 text and Arial 10 table; the table ruled between rows only (no vertical lines in the PDF).
  "u3-phuyen": {
    meta: {
      number: "117/KH-UBND",
      date: "2024-03-08",
      place: "Phú Yên",
      issuer: "UBND tỉnh Phú Yên",
      level: "tinh",
      title: "Thực hiện nhiệm vụ cải cách hành chính năm 2024",
      signer: "Tạ Anh Tuấn",
      legalBases: [
        "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
        "Quyết định số 1499/QĐ-UBND ngày 30/12/2021 của UBND tỉnh ban hành Kế hoạch cải cách hành chính tỉnh Phú Yên giai đoạn 2021 - 2025",
      ],
      recipients: ["Bộ Nội vụ", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "Lưu: VT, SNV"],
    },
    sections: [
      ["I", "MỤC TIÊU", []],
      ["II", "NHIỆM VỤ", ["1 Cải cách thể chế", "2 Cải cách thủ tục hành chính", "3 Cải cách tài chính công"]],
      ["III", "TỔ CHỨC THỰC HIỆN", []],
    ],
    tasks: [
      ...group("Cải cách thể chế", [
        { number: "1", task: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", lead: ["Sở Tư pháp"], partners: ["Các sở, ban, ngành"], deadline: within("Quý IV/2024", "2024-10-01", "2024-12-31"), products: ["Báo cáo kết quả rà soát"] },
        { number: "2", task: "Kiểm tra, xử lý văn bản quy phạm pháp luật theo thẩm quyền", lead: ["Sở Tư pháp"], partners: ["UBND các huyện, thị xã, thành phố"], deadline: every("Thường xuyên", "continuous"), products: ["Kết luận kiểm tra"] },
      ]),
      ...group("Cải cách thủ tục hành chính", [
        { number: "3", task: "Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ", lead: ["Văn phòng UBND tỉnh"], partners: ["Các sở, ban, ngành"], deadline: ["Trong thời hạn theo quy định", null, null, null], products: ["Quyết định công bố"] },
        { number: "4", task: "Rà soát, đánh giá thủ tục hành chính theo Kế hoạch rà soát năm 2024 của UBND tỉnh", lead: ["Các sở, ban, ngành"], partners: ["Văn phòng UBND tỉnh"], deadline: before("Trước ngày 15/11/2024", "2024-11-15"), products: ["Báo cáo, phương án đơn giản hóa"] },
        { number: "5", task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh", lead: ["Văn phòng UBND tỉnh"], partners: ["Sở Thông tin và Truyền thông", "Bưu điện tỉnh"], deadline: within("Năm 2024", Y24.start, Y24.end), products: ["Hồ sơ được số hóa"] },
      ]),
      ...group("Cải cách tài chính công", [
        { number: "6", task: "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2023 - 2025", lead: ["Sở Tài chính"], partners: ["Các sở, ban, ngành", "UBND cấp huyện"], deadline: within("Quý II/2024", "2024-04-01", "2024-06-30"), products: ["Quyết định giao tự chủ"] },
        { number: "7", task: "Công khai ngân sách nhà nước theo quy định", lead: ["Sở Tài chính"], partners: ["Các đơn vị dự toán cấp tỉnh"], deadline: every("Hằng năm", "yearly"), products: ["Báo cáo công khai"] },
      ]),
    ],
  },

  // Word, a table with no borders at all: no rulings in the PDF.
  "u4-ducpho": {
    meta: {
      number: "41/KH-UBND",
      date: "2024-02-22",
      place: "Đức Phổ",
      issuer: "UBND thị xã Đức Phổ",
      level: "huyen",
      title: "Kiểm tra công tác cải cách hành chính năm 2024",
      signer: "Lê Thị Hoa",
      legalBases: ["Kế hoạch số 20/KH-UBND ngày 10/01/2024 của UBND thị xã về cải cách hành chính năm 2024"],
      recipients: ["UBND tỉnh", "Sở Nội vụ", "TT Thị ủy, TT HĐND thị xã", "Các cơ quan, đơn vị được kiểm tra", "Lưu: VT"],
    },
    sections: [
      ["I", "MỤC ĐÍCH, YÊU CẦU", []],
      ["II", "NỘI DUNG KIỂM TRA", []],
      ["III", "TỔ CHỨC THỰC HIỆN", []],
    ],
    appendix: { title: "LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024", reference: "Kế hoạch số 41/KH-UBND ngày 22/02/2024 của UBND thị xã Đức Phổ" },
    tasks: group(null, [
      { number: "1", task: "Kiểm tra việc thực hiện kế hoạch cải cách hành chính tại Phòng Tài nguyên và Môi trường", lead: ["Phòng Nội vụ"], partners: ["Văn phòng HĐND và UBND thị xã"], deadline: within("Tháng 5/2024", "2024-05-01", "2024-05-31") },
      { number: "2", task: "Kiểm tra việc giải quyết thủ tục hành chính tại Bộ phận Một cửa UBND phường Nguyễn Nghiêm", lead: ["Văn phòng HĐND và UBND thị xã"], partners: ["Phòng Nội vụ"], deadline: within("Tháng 6/2024", "2024-06-01", "2024-06-30") },
      { number: "3", task: "Kiểm tra kỷ luật, kỷ cương hành chính tại UBND xã Phổ Châu", lead: ["Phòng Nội vụ"], partners: [], deadline: within("Quý III/2024", "2024-07-01", "2024-09-30") },
      { number: "4", task: "Kiểm tra việc quản lý, sử dụng tài sản công tại UBND xã Phổ Thạnh", lead: ["Phòng Tài chính - Kế hoạch", "Phòng Nội vụ"], partners: ["UBND xã Phổ Thạnh"], deadline: within("Tháng 9/2024", "2024-09-01", "2024-09-30") },
      { number: "5", task: "Kiểm tra đột xuất việc chấp hành giờ giấc làm việc của công chức", lead: ["Phòng Nội vụ"], partners: ["Các cơ quan, đơn vị có liên quan"], deadline: ["Khi có chỉ đạo", null, null, null] },
      { number: "6", task: "Tổng hợp kết quả kiểm tra, báo cáo UBND thị xã", lead: ["Phòng Nội vụ"], partners: ["Các thành viên Đoàn kiểm tra"], deadline: within("Tháng 12/2024", "2024-12-01", "2024-12-31") },
    ]),
  },

  // Word: header as stacked paragraphs, running header and "Trang n" footer, cells of several paragraphs, rows cut
  // by page breaks, header and "(1) … (6)" rows repeated.
  "u5-tuyhoa": {
    meta: {
      number: "112/KH-UBND",
      date: "2024-03-20",
      place: "Tuy Hòa",
      issuer: "UBND thành phố Tuy Hòa",
      level: "huyen",
      title: "Cải cách hành chính thành phố Tuy Hòa năm 2024",
      signer: "Đào Mỹ",
      legalBases: [],
      recipients: ["UBND tỉnh", "Sở Nội vụ", "TT Thành ủy, TT HĐND thành phố", "Các phòng, ban, đơn vị thuộc thành phố", "UBND các phường, xã", "Lưu: VT"],
    },
    sections: [
      ["I", "MỤC ĐÍCH, YÊU CẦU", ["1 Mục đích", "2 Yêu cầu"]],
      ["II", "NHIỆM VỤ VÀ GIẢI PHÁP", []],
      ["III", "TỔ CHỨC THỰC HIỆN", []],
    ],
    tasks: group(null, [
      {
        number: "1",
        task: "Nâng cao chất lượng công tác chỉ đạo, điều hành cải cách hành chính: - Ban hành kế hoạch cải cách hành chính, kế hoạch kiểm tra, kế hoạch tuyên truyền cải cách hành chính năm 2024 của thành phố; - Đưa nội dung cải cách hành chính vào tiêu chí đánh giá, xếp loại thi đua của các cơ quan, đơn vị; - Kiểm tra công tác cải cách hành chính tại ít nhất 30% số cơ quan, đơn vị và UBND các phường, xã.",
        lead: ["Phòng Nội vụ"],
        partners: ["Văn phòng HĐND và UBND thành phố", "các cơ quan, đơn vị"],
        deadline: within("Quý I/2024", "2024-01-01", "2024-03-31"),
        products: ["Kế hoạch", "Báo cáo kết quả kiểm tra"],
      },
      {
        number: "2",
        task: "Tuyên truyền cải cách hành chính: - Tuyên truyền trên Trang thông tin điện tử thành phố, hệ thống truyền thanh cơ sở; - Tổ chức Hội thi tìm hiểu cải cách hành chính dành cho cán bộ, công chức, viên chức và người dân; - Xây dựng chuyên mục cải cách hành chính trên Đài Truyền thanh thành phố, cập nhật định kỳ hằng tháng. - Phát hành tờ rơi hướng dẫn thực hiện thủ tục hành chính trực tuyến tại Bộ phận Một cửa các cấp.",
        lead: ["Phòng Văn hóa và Thông tin"],
        partners: ["Trung tâm Văn hóa - Thể thao và Truyền thanh", "Thành đoàn Tuy Hòa"],
        deadline: within("Năm 2024", Y24.start, Y24.end),
        products: ["Tin, bài tuyên truyền", "Hội thi"],
      },
      {
        // The row the page break cuts: its last words are on the next page.
        number: "3",
        task: "Cải cách thủ tục hành chính: - Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của UBND thành phố; - Công khai thủ tục hành chính tại Bộ phận Một cửa thành phố và UBND các phường, xã đúng quy định; - Giải quyết hồ sơ đúng hạn, không để tồn đọng; thực hiện xin lỗi người dân khi để xảy ra trễ hạn; - Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ.",
        lead: ["Văn phòng HĐND và UBND thành phố"],
        partners: ["Các cơ quan chuyên môn", "UBND các phường, xã"],
        deadline: every("Thường xuyên", "continuous"),
        products: ["Phương án đơn giản hóa", "Báo cáo"],
      },
      {
        number: "4",
        task: "Cải cách tổ chức bộ máy và công vụ: - Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các cơ quan chuyên môn thuộc UBND thành phố; - Thực hiện tinh giản biên chế theo quy định; quản lý chặt chẽ số lượng người làm việc; - Đánh giá, xếp loại cán bộ, công chức, viên chức năm 2024 theo quy định.",
        lead: ["Phòng Nội vụ"],
        partners: ["Các cơ quan, đơn vị"],
        deadline: within("Quý IV/2024", "2024-10-01", "2024-12-31"),
        products: ["Quyết định", "Báo cáo"],
      },
      {
        number: "5",
        task: "Xây dựng chính quyền điện tử, chính quyền số: - Duy trì, vận hành hệ thống quản lý văn bản và điều hành liên thông bốn cấp; - Sử dụng chữ ký số trong gửi, nhận văn bản điện tử giữa các cơ quan hành chính; - Tăng tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình.",
        lead: ["Phòng Văn hóa và Thông tin"],
        partners: ["Văn phòng HĐND và UBND thành phố"],
        deadline: within("Trong năm 2024", Y24.start, Y24.end),
        products: ["Hệ thống vận hành ổn định", "Báo cáo"],
      },
    ]),
    pdfLimits: [[0, "products"], [1, "products"], [3, "products"]],
  },

  // Word: headings numbered through their styles only (w:numPr in styles.xml), STT cells numbered by Word (empty
  // numbered paragraphs), "Lĩnh vực" and lead cells merged down.
  "u6-ninhhoa": {
    meta: {
      number: "73/KH-UBND",
      date: "2024-04-01",
      place: "Ninh Hòa",
      issuer: "UBND thị xã Ninh Hòa",
      level: "huyen",
      title: "Cải cách hành chính và chuyển đổi số năm 2024",
      signer: "Hồ Văn Mừng",
      legalBases: ["Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh Khánh Hòa về cải cách hành chính năm 2024"],
      recipients: ["UBND tỉnh", "Sở Nội vụ", "TT Thị ủy, TT HĐND thị xã", "Các phòng, ban thuộc thị xã", "Lưu: VT"],
    },
    sections: [
      ["I", "MỤC TIÊU", ["1 Mục tiêu chung", "2 Chỉ tiêu cụ thể"]],
      ["II", "NHIỆM VỤ", []],
      ["III", "TỔ CHỨC THỰC HIỆN", ["1 Phòng Nội vụ", "2 Phòng Văn hóa và Thông tin"]],
    ],
    tasks: [
      ...group("Cải cách thủ tục hành chính", [
        { number: "1", task: "Rà soát, công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của UBND thị xã", lead: ["Văn phòng HĐND và UBND thị xã"], partners: ["Các cơ quan chuyên môn"], deadline: every("Thường xuyên", "continuous") },
        { number: "2", task: "Triển khai thực hiện cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa thị xã", lead: ["Văn phòng HĐND và UBND thị xã"], partners: ["UBND các xã, phường"], deadline: within("Năm 2024", Y24.start, Y24.end) },
        { number: "3", task: "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính", lead: ["Phòng Nội vụ"], partners: ["Văn phòng HĐND và UBND thị xã"], deadline: within("Quý III/2024", "2024-07-01", "2024-09-30") },
      ]),
      ...group("Cải cách chế độ công vụ", [
        { number: "4", task: "Xây dựng và thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024", lead: ["Phòng Nội vụ"], partners: ["Các cơ quan, đơn vị"], deadline: within("Tháng 3/2024", "2024-03-01", "2024-03-31") },
        { number: "5", task: "Tuyển dụng công chức cấp xã theo chỉ tiêu được giao", lead: ["Phòng Nội vụ"], partners: ["UBND các xã, phường"], deadline: within("Quý II - Quý III/2024", "2024-04-01", "2024-09-30") },
        { number: "6", task: "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính", lead: ["Phòng Nội vụ"], partners: ["Thanh tra thị xã"], deadline: every("Hằng quý", "quarterly") },
      ]),
      ...group("Chuyển đổi số", [
        { number: "7", task: "Triển khai nền tảng số phục vụ chính quyền số cấp xã", lead: ["Phòng Văn hóa và Thông tin"], partners: ["UBND các xã, phường", "Viettel Ninh Hòa"], deadline: before("Trước ngày 30/6/2024", "2024-06-30") },
        { number: "8", task: "Bảo đảm an toàn thông tin mạng cho hệ thống thông tin của thị xã", lead: ["Phòng Văn hóa và Thông tin"], partners: ["Công an thị xã"], deadline: every("Thường xuyên", "continuous") },
        { number: "9", task: "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức và người dân", lead: ["Phòng Văn hóa và Thông tin"], partners: ["Trung tâm Chính trị thị xã"], deadline: within("Quý IV/2024", "2024-10-01", "2024-12-31") },
      ]),
    ],
  },

  // A web page opened in LibreOffice: "Cơ quan thực hiện" over "Chủ trì | Phối hợp", rowspans, cells centred
  // vertically, DejaVu Sans in the table.
  "u7-sontinh": {
    meta: {
      number: "09/KH-UBND",
      date: "2025-01-14",
      place: "Sơn Tịnh",
      issuer: "UBND huyện Sơn Tịnh",
      level: "huyen",
      title: "Cải cách hành chính năm 2025",
      year: 2025,
      signer: "Nguyễn Minh Trí",
      legalBases: ["Kế hoạch số 215/KH-UBND ngày 30/12/2024 của UBND tỉnh Quảng Ngãi về cải cách hành chính năm 2025"],
      recipients: ["UBND tỉnh", "Sở Nội vụ", "TT Huyện ủy, TT HĐND huyện", "Các cơ quan, đơn vị thuộc huyện", "Lưu: VT"],
    },
    sections: [
      ["I", "MỤC ĐÍCH, YÊU CẦU", []],
      ["II", "NHIỆM VỤ TRỌNG TÂM", ["1 Cải cách thể chế", "2 Cải cách thủ tục hành chính"]],
      ["III", "TỔ CHỨC THỰC HIỆN", []],
    ],
    tasks: [
      ...group("Cải cách thể chế", [
        { number: "1", task: "Xây dựng, ban hành văn bản quy phạm pháp luật của UBND huyện theo chương trình năm 2025", lead: ["Phòng Tư pháp"], partners: ["Các cơ quan chuyên môn thuộc UBND huyện"], deadline: within("Năm 2025", Y25.start, Y25.end), extra: {} },
        { number: "2", task: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2024 - 2025", lead: ["Phòng Tư pháp"], partners: ["Văn phòng HĐND và UBND huyện"], deadline: within("Quý III/2025", "2025-07-01", "2025-09-30"), extra: { "Ghi chú": "Theo hướng dẫn của Sở Tư pháp" } },
      ]),
      ...group("Cải cách thủ tục hành chính", [
        { number: "3", task: "Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["Các cơ quan chuyên môn", "UBND các xã, thị trấn"], deadline: every("Thường xuyên", "continuous", Y25) },
        { number: "4", task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa huyện và cấp xã", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["UBND các xã, thị trấn"], deadline: within("Trong năm 2025", Y25.start, Y25.end) },
        { number: "5", task: "Tổ chức đối thoại với người dân, doanh nghiệp về thủ tục hành chính", lead: ["Chủ tịch UBND huyện"], partners: ["Văn phòng HĐND và UBND huyện", "Ủy ban MTTQ Việt Nam huyện"], deadline: within("Quý II/2025", "2025-04-01", "2025-06-30"), extra: { "Ghi chú": "Ít nhất 01 cuộc" } },
      ]),
      ...group("Cải cách tài chính công", [
        { number: "6", task: "Giao dự toán ngân sách nhà nước năm 2025 cho các cơ quan, đơn vị", lead: ["Phòng Tài chính - Kế hoạch"], partners: ["Các cơ quan, đơn vị dự toán"], deadline: within("Tháng 01/2025", "2025-01-01", "2025-01-31") },
        { number: "7", task: "Công khai dự toán, quyết toán ngân sách theo quy định", lead: ["Phòng Tài chính - Kế hoạch"], partners: ["Các cơ quan, đơn vị"], deadline: every("Hằng năm", "yearly", Y25) },
      ]),
    ],
  },

  // LibreOffice: a department's plan, portrait body and landscape appendix, running header, "Trang n/m", footnote,
  // "Đơn vị thực hiện" over "Chủ trì | Phối hợp", "Lĩnh vực" spanning rows, a row cut by the page break.
  // meta.issuer is not checked: the plan is issued by Sở Nội vụ, which cchc does not yet read as an issuer.
  "u8-quangngai": {
    meta: {
      number: "35/KH-SNV",
      date: "2025-02-17",
      place: "Quảng Ngãi",
      level: "tinh",
      title: "Cải cách hành chính của Sở Nội vụ năm 2025",
      year: 2025,
      signer: "Phạm Thị Lan",
      legalBases: ["Kế hoạch số 215/KH-UBND ngày 30/12/2024 của UBND tỉnh Quảng Ngãi về cải cách hành chính năm 2025"],
      recipients: ["UBND tỉnh", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"],
    },
    sections: [
      ["I", "MỤC ĐÍCH, YÊU CẦU", ["1 Mục đích", "2 Yêu cầu"]],
      ["II", "NHIỆM VỤ", []],
      ["III", "TỔ CHỨC THỰC HIỆN", []],
    ],
    texts: [["I", "1", "Thực hiện tốt vai trò cơ quan thường trực cải cách hành chính của tỉnh; nâng cao chất lượng tham mưu và phục vụ."]],
    tasks: [
      ...group("Công tác chỉ đạo, điều hành", [
        { number: "1", task: "Tham mưu UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2025 và Kế hoạch kiểm tra cải cách hành chính năm 2025", lead: ["Phòng Cải cách hành chính"], partners: ["Văn phòng Sở"], deadline: within("Tháng 01/2025", "2025-01-01", "2025-01-31"), products: ["Kế hoạch của UBND tỉnh"] },
        { number: "2", task: "Kiểm tra công tác cải cách hành chính tại các sở, ban, ngành và UBND các huyện, thị xã, thành phố theo kế hoạch được phê duyệt", lead: ["Phòng Cải cách hành chính"], partners: ["Thanh tra Sở", "Văn phòng UBND tỉnh"], deadline: within("Quý II - Quý III/2025", "2025-04-01", "2025-09-30"), products: ["Thông báo kết quả kiểm tra"] },
      ]),
      ...group("Cải cách tổ chức bộ máy", [
        { number: "3", task: "Thẩm định đề án vị trí việc làm, cơ cấu chức danh công chức của các cơ quan, tổ chức hành chính Tổng hợp, trình UBND tỉnh phê duyệt điều chỉnh vị trí việc làm", lead: ["Phòng Tổ chức, biên chế"], partners: ["Các sở, ban, ngành", "UBND cấp huyện"], deadline: every("Thường xuyên", "continuous", Y25), products: ["Quyết định phê duyệt"] },
        { number: "4", task: "Theo dõi, hướng dẫn việc sắp xếp tổ chức bộ máy của các cơ quan chuyên môn thuộc UBND tỉnh theo quy định của Chính phủ Báo cáo kết quả sắp xếp tổ chức bộ máy về Bộ Nội vụ", lead: ["Phòng Tổ chức, biên chế"], partners: ["Các sở, ban, ngành"], deadline: within("Quý IV/2025", "2025-10-01", "2025-12-31"), products: ["Báo cáo"] },
      ]),
      ...group("Cải cách chế độ công vụ", [
        { number: "5", task: "Tổ chức thi tuyển, xét tuyển công chức, viên chức theo quy định; công khai kết quả trên Cổng thông tin điện tử của Sở", lead: ["Phòng Công chức, viên chức"], partners: ["Hội đồng tuyển dụng"], deadline: within("Quý III/2025", "2025-07-01", "2025-09-30"), products: ["Quyết định công nhận kết quả"] },
        // Cut by the page break between its two paragraphs.
        { number: "6", task: "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo Kế hoạch năm 2025 của UBND tỉnh Tổ chức các lớp bồi dưỡng kiến thức quản lý nhà nước, kỹ năng số cho công chức cấp xã", lead: ["Phòng Công chức, viên chức"], partners: ["Trường Chính trị tỉnh"], deadline: within("Trong năm 2025", Y25.start, Y25.end), products: ["Báo cáo kết quả"] },
        { number: "7", task: "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2025", lead: ["Văn phòng Sở"], partners: ["Các phòng, đơn vị thuộc Sở"], deadline: within("Tháng 12/2025", "2025-12-01", "2025-12-31"), products: ["Quyết định xếp loại"] },
      ]),
      ...group("Chuyển đổi số", [
        { number: "8", task: "Vận hành Hệ thống quản lý văn bản và điều hành, thực hiện ký số trên 100% văn bản đi của Sở (trừ văn bản mật)", lead: ["Văn phòng Sở"], partners: ["Các phòng, đơn vị thuộc Sở"], deadline: every("Thường xuyên", "continuous", Y25), products: ["Văn bản điện tử được ký số"] },
        { number: "9", task: "Cập nhật dữ liệu cán bộ, công chức, viên chức vào Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức", lead: ["Phòng Công chức, viên chức"], partners: ["Các sở, ban, ngành", "UBND cấp huyện"], deadline: before("Trước ngày 30/6/2025", "2025-06-30"), products: ["Dữ liệu được cập nhật"] },
      ]),
    ],
  },

  // Word: landscape table ruled between rows only, group rows merged over the whole row, a lead cell merged over
  // three tasks, a row cut by the page break, the header repeated.
  "u9-vanninh": {
    meta: {
      number: "56/KH-UBND",
      date: "2024-02-26",
      place: "Vạn Ninh",
      issuer: "UBND huyện Vạn Ninh",
      level: "huyen",
      title: "Tuyên truyền cải cách hành chính năm 2024",
      signer: "Trần Văn Hòa",
      legalBases: [],
      recipients: ["Sở Nội vụ", "TT Huyện ủy, TT HĐND huyện", "Các cơ quan, đơn vị thuộc huyện", "UBND các xã, thị trấn", "Lưu: VT"],
    },
    sections: [
      ["I", "MỤC ĐÍCH, YÊU CẦU", []],
      ["II", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", []],
      ["III", "TỔ CHỨC THỰC HIỆN", []],
    ],
    tasks: [
      ...group("Tuyên truyền trên các phương tiện thông tin đại chúng", [
        { number: "1", task: "Các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành chính, trọng tâm là Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", lead: ["Trung tâm Văn hóa - Thông tin và Thể thao"], partners: ["Phòng Nội vụ"], deadline: every("Hằng tháng", "monthly"), extra: { "Hình thức": "Chuyên mục trên Đài Truyền thanh huyện" } },
        { number: "2", task: "Kết quả cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông; dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công quốc gia", lead: ["Trung tâm Văn hóa - Thông tin và Thể thao"], partners: ["Văn phòng HĐND và UBND huyện"], deadline: every("Hằng quý", "quarterly"), extra: { "Hình thức": "Tin, bài, phóng sự" } },
        { number: "3", task: "Gương điển hình, cách làm hay trong thực hiện cải cách hành chính tại các cơ quan, đơn vị, địa phương", lead: ["Trung tâm Văn hóa - Thông tin và Thể thao"], partners: ["Các cơ quan, đơn vị", "UBND các xã, thị trấn"], deadline: within("Quý III/2024", "2024-07-01", "2024-09-30"), extra: { "Hình thức": "Tin, bài" } },
      ]),
      ...group("Tuyên truyền thông qua hội nghị, hội thi", [
        { number: "4", task: "Lồng ghép nội dung cải cách hành chính trong các hội nghị, buổi sinh hoạt của cơ quan, đơn vị và các tổ chức đoàn thể", lead: ["Các cơ quan, đơn vị"], partners: ["Ủy ban MTTQ Việt Nam huyện", "các đoàn thể"], deadline: every("Thường xuyên", "continuous"), extra: { "Hình thức": "Hội nghị, sinh hoạt chuyên đề" } },
        { number: "5", task: "Tổ chức Hội thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, viên chức và người lao động trên địa bàn huyện", lead: ["Phòng Nội vụ"], partners: ["Huyện đoàn Vạn Ninh", "Liên đoàn Lao động huyện"], deadline: within("Quý II/2024", "2024-04-01", "2024-06-30"), extra: { "Hình thức": "Hội thi trực tuyến" } },
      ]),
      ...group("Tuyên truyền trực quan", [
        { number: "6", task: "Treo băng rôn, khẩu hiệu tuyên truyền cải cách hành chính tại trụ sở cơ quan và Bộ phận Một cửa các cấp", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["UBND các xã, thị trấn"], deadline: within("Tháng 3/2024", "2024-03-01", "2024-03-31"), extra: { "Hình thức": "Băng rôn, pa nô" } },
        { number: "7", task: "Niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["Các cơ quan chuyên môn"], deadline: before("Trước ngày 31/3/2024", "2024-03-31"), extra: { "Hình thức": "Bảng niêm yết, mã QR" } },
      ]),
    ],
  },

  // Word: a deadline typed in bold inside a duty's sentence, wrapped to the start of a line; agency cells centred, so
  // a wrapped name's shorter last line starts further right than the line above it.
  "u10-thanhson": {
    meta: {
      number: "112/KH-UBND",
      date: "2025-03-10",
      place: "Thanh Sơn",
      issuer: "UBND huyện Thanh Sơn",
      level: "huyen",
      title: "Kiểm tra công tác cải cách hành chính năm 2025",
      signer: "Hà Văn Thịnh",
      legalBases: [],
      recipients: ["Sở Nội vụ", "TT Huyện ủy", "Các cơ quan, đơn vị thuộc huyện", "Lưu: VT"],
    },
    sections: [
      ["I", "MỤC ĐÍCH, YÊU CẦU", []],
      ["II", "NỘI DUNG, ĐỐI TƯỢNG KIỂM TRA", []],
      ["III", "TỔ CHỨC THỰC HIỆN", ["1 Phòng Nội vụ", "2 Phòng Tài chính - Kế hoạch"]],
    ],
    appendix: { title: "LỊCH KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM 2025", reference: "Kế hoạch số 112/KH-UBND ngày 10/3/2025 của UBND huyện Thanh Sơn" },
    tasks: [
      { number: "1", task: "Kiểm tra việc niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa các xã, thị trấn", lead: ["Phòng Văn hóa, Khoa học và Thông tin"], partners: ["Văn phòng HĐND và UBND huyện"], deadline: within("Quý II/2025", "2025-04-01", "2025-06-30") },
      { number: "2", task: "Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", lead: ["Văn phòng HĐND và UBND huyện"], partners: ["Phòng Văn hóa, Khoa học và Thông tin"], deadline: within("Quý III/2025", "2025-07-01", "2025-09-30") },
      { number: "3", task: "Kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính của cán bộ, công chức", lead: ["Phòng Nội vụ"], partners: ["Thanh tra huyện"], deadline: within("Tháng 10/2025", "2025-10-01", "2025-10-31") },
    ],
  },
};

/*
 * `pdfLimits`: what a PDF cannot tell. Two paragraphs in a table cell without spacing between them, the first one
 * short ("Kế hoạch rà soát" over "Phương án đơn giản hóa"), look on the page like one paragraph wrapped before a long
 * word. Those tasks' products are checked in the DOCX only.
 */

function taskView(task: PlanDocument["tasks"][number], expected: ExpectedTask, format: string, limited: boolean): ExpectedTask {
  const view: ExpectedTask = {
    number: task.number,
    task: task.task,
    lead: task.lead,
    partners: task.partners,
    deadline: [task.deadline.raw, task.deadline.start, task.deadline.end, task.deadline.recurrence],
  };
  if ("area" in expected) view.area = task.areaLabel;
  if (expected.products && !(format === "pdf" && limited)) view.products = task.products;
  if (expected.extra) view.extra = task.extra;
  return view;
}

function expectedView(expected: ExpectedTask, format: string, limited: boolean): ExpectedTask {
  const { products, ...rest } = expected;
  return products && !(format === "pdf" && limited) ? { ...rest, products } : rest;
}

describe("plans as Word and LibreOffice make them (fixtures/unseen-office)", () => {
  for (const [name, expected] of Object.entries(DOCS)) {
    describe(name, () => {
      for (const format of ["docx", "pdf"] as const) {
        it(`${format}: meta, sections and every task as the document reads`, async () => {
          const plan = await parsed(`${name}.${format}`);
          expect(plan.source.format).toBe(format);
          expect(plan.meta).toMatchObject(expected.meta);
          expect(plan.sections.map((s) => [s.numeral, s.heading, s.subsections.map((x) => `${x.number} ${x.heading}`)])).toEqual(expected.sections);
          for (const [numeral, number, text] of expected.texts ?? []) {
            expect(plan.sections.find((s) => s.numeral === numeral)?.subsections.find((x) => x.number === number)?.text).toBe(text);
          }
          if (expected.appendix) expect(plan.tables[0]).toMatchObject(expected.appendix);
          const limited = new Set((expected.pdfLimits ?? []).map(([index]) => index));
          // The appendix's records; the duties of "TỔ CHỨC THỰC HIỆN" (origin inline) are tested in test/extract/duties.
          const tableTasks = plan.tasks.filter((t) => t.origin !== "inline");
          expect(tableTasks.map((t, k) => taskView(t, expected.tasks[k] ?? expected.tasks[0]!, format, limited.has(k)))).toEqual(
            expected.tasks.map((t, k) => expectedView(t, format, limited.has(k))),
          );
        });
      }

      it("the PDF gives what the DOCX gives", async () => {
        const [docx, pdf] = await Promise.all([parsed(`${name}.docx`), parsed(`${name}.pdf`)]);
        expect(pdf.meta).toEqual(docx.meta);
        expect(pdf.sections).toEqual(docx.sections);
        const limited = new Set((expected.pdfLimits ?? []).map(([index]) => index));
        // Every field of every task, apart from the `pdfLimits`.
        const strip = (plan: PlanDocument) =>
          plan.tasks.map(({ source: _source, products, ...task }, k) => (limited.has(k) ? task : { ...task, products }));
        expect(strip(pdf)).toEqual(strip(docx));
      });
    });
  }
});

describe("u10-thanhson: the duties of TỔ CHỨC THỰC HIỆN in both formats", () => {
  for (const format of ["docx", "pdf"] as const) {
    it(`${format}: the bold date that starts a line stays in its duty and is its deadline`, async () => {
      const plan = await parsed(`u10-thanhson.${format}`);
      const duties = plan.tasks.filter((t) => t.origin === "inline");
      expect(duties.map((t) => [t.lead, t.partners, [t.deadline.raw, t.deadline.start, t.deadline.end]])).toEqual([
        [["Phòng Nội vụ"], ["Văn phòng HĐND và UBND huyện"], ["chậm nhất là ngày 15/12/2025", null, "2025-12-15"]],
        [["Phòng Tài chính - Kế hoạch"], [], [null, null, null]],
      ]);
      expect(duties[0]!.task).toMatch(/^Chủ trì, phối hợp với Văn phòng HĐND và UBND huyện xây dựng đề cương.* chậm nhất là ngày 15\/12\/2025\.$/);
    });
  }
});
