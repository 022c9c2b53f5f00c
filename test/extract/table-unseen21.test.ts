/**
 * Round 21 (issue 17): assignment tables of shapes not shown by u01-u86: one responsibility column with no role word
 * in its header ("Cơ quan thực hiện", "Đơn vị thực hiện") whose cells say who leads and who partners in every way
 * plans write it ("Sở A; phối hợp: Sở B, Sở C", "Sở A, phối hợp với Sở B, Sở C", "Sở A; PH: …", "Các cơ quan phối
 * hợp: …" on a line of its own); a "Chủ trì, phối hợp" column written "- Chủ trì: A, B" / "- Phối hợp: C; D"; task
 * cells listing "- " items each with its own time on its own line of the time cell. The fixtures u87-u92 were written
 * for them (fixtures/unseen/README.md); the expected records are what a reader of each document writes down.
 */
import { describe, expect, it } from "vitest";
import { readAgencyCell } from "../../src/normalize/agency.js";
import { parsePlan } from "../../src/pipeline.js";
import { PROVINCE_HEAD, codes, htmlPlan, markdownPlan, row, rule, tableTasks, unseenFixture as file, when } from "./table-plan.js";

const heads = (doc: Awaited<ReturnType<typeof parsePlan>>) => doc.tables.map((t) => [t.where, t.label, t.kind, t.title]);

/** What a reader writes down of u87's table: number, lead, partners, time. */
const U87: [string, string[], string[], string][] = [
  ["1", ["Sở Công Thương"], ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"], "Quý II/2026"],
  ["2", ["Phòng Quản lý thương mại"], ["Văn phòng Sở", "Thanh tra Sở"], "Tháng 3/2026"],
  ["3", ["Văn phòng Sở"], ["Phòng Kế hoạch - Tài chính", "Phòng Quản lý công nghiệp"], "Tháng 9/2026"],
  ["4", ["Phòng Quản lý năng lượng"], ["Phòng Kỹ thuật an toàn - Môi trường"], "Quý III/2026"],
  ["5", ["Văn phòng Sở"], ["Trung tâm Khuyến công và Xúc tiến thương mại", "Phòng Quản lý thương mại"], "Tháng 6/2026"],
  // Two bodies on two lines and no role word: both carry the task out (judgement call, README "Tables cchc reads").
  ["6", ["Phòng Kế hoạch - Tài chính", "Văn phòng Sở"], [], "Quý I/2026"],
  ["7", ["Thanh tra Sở"], [], "Thường xuyên"],
];

describe("u87: DOCX (and printed to PDF), one 'Cơ quan thực hiện' column whose cells name the roles", () => {
  for (const name of ["u87_so-cong-thuong-bac-ninh-2026-co-quan-thuc-hien-roles.docx", "u91_so-cong-thuong-bac-ninh-2026-co-quan-thuc-hien-roles-libreoffice.pdf"]) {
    it(`${name.endsWith(".pdf") ? "PDF" : "DOCX"}: the partners after a label or 'phối hợp với' are partners, every one of them`, async () => {
      const doc = await parsePlan(file(name));
      expect(doc.meta).toMatchObject({ number: "19/KH-SCT", date: "2026-01-16", level: "tinh", year: 2026, signer: "Ngô Quang Hưng" });
      expect(heads(doc)).toEqual([["body", null, "task", null]]);
      expect(doc.tables[0]!.columns).toEqual(["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành", "Sản phẩm"]);
      const got = tableTasks(doc).map((t) => [t.number, t.lead, t.partners, t.deadline.raw]);
      expect(got).toEqual(U87);
      expect(tableTasks(doc)[0]).toMatchObject({ task: "Rà soát, đề xuất cắt giảm điều kiện kinh doanh trong lĩnh vực công thương", products: ["Báo cáo rà soát"], deadline: when("2026-04-01", "2026-06-30") });
    });
  }
});

describe("u88: HTML appendix, 'Chủ trì, phối hợp' written as '- Chủ trì: …' / '- Phối hợp: …' lines, groups in a merged 'Lĩnh vực' column", () => {
  it("reads every body a label names with the label's role, and the merged column's groups", async () => {
    const doc = await parsePlan(file("u88_tinh-quang-ninh-2026-chu-tri-phoi-hop-dash-lines.html"));
    expect(doc.meta).toMatchObject({ number: "41/KH-UBND", date: "2026-01-22", level: "tinh", issuer: "UBND tỉnh Quảng Ninh", year: 2026, signer: "Nghiêm Xuân Cường" });
    expect(heads(doc)).toEqual([["appendix", null, "task", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2026"]]);
    const groups = ["Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy"];
    const got = tableTasks(doc).map((t) => [t.number, t.areaLabel, t.lead, t.partners, t.deadline.raw, t.products]);
    expect(got).toEqual([
      ["1", groups[0], ["Sở Tư pháp", "Sở Nội vụ"], ["Văn phòng UBND tỉnh"], "Quý II/2026", ["Quyết định của UBND tỉnh"]],
      ["2", groups[0], ["Sở Tư pháp"], ["các sở, ngành", "UBND các xã, phường, đặc khu"], "Tháng 11/2026", ["Báo cáo"]],
      ["3", groups[1], ["Văn phòng UBND tỉnh"], ["Sở Khoa học và Công nghệ", "Trung tâm Phục vụ hành chính công tỉnh"], "Quý III/2026", ["Dịch vụ công trực tuyến toàn trình"]],
      ["4", groups[1], ["Văn phòng UBND tỉnh"], ["Sở Tư pháp", "Sở Tài chính"], "Quý IV/2026", ["Phương án đơn giản hóa"]],
      // The merged column's first named body leads, the line below it partners (contract).
      ["5", groups[2], ["Sở Nội vụ"], ["Các sở, ngành", "UBND các xã, phường, đặc khu"], "Quý II/2026", ["Đề án vị trí việc làm"]],
      ["6", groups[2], ["Sở Nội vụ"], ["Thanh tra tỉnh", "Sở Tư pháp"], "Quý III/2026", ["Báo cáo kiểm tra"]],
    ]);
    expect(tableTasks(doc).map((t) => t.area)).toEqual(["institutions", "institutions", "procedures", "procedures", "organization", "organization"]);
  });
});

/** u89's rows as a reader writes them: number, group, task, activities (item | its time), time cell, lead, partners. */
const U89_GROUPS = ["Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách chế độ công vụ"];
const U89: [string, string, string, string[], string[], string, string][] = [
  ["1", U89_GROUPS[0]!, "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", ["Rà soát văn bản lĩnh vực đất đai, xây dựng | Quý II/2026", "Rà soát văn bản lĩnh vực văn hóa - xã hội | Quý III/2026"], ["Quý II/2026", "Quý III/2026"], "Công chức Tư pháp - Hộ tịch", "Văn phòng HĐND và UBND xã"],
  ["2", U89_GROUPS[0]!, "Kiểm tra việc thực hiện văn bản quy phạm pháp luật tại các thôn", [], ["Tháng 10/2026"], "Công chức Tư pháp - Hộ tịch", "Các thôn"],
  // A numbered row whose task cell is nothing but items: the row's own task, its number kept.
  ["1", U89_GROUPS[1]!, "Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa; Cập nhật thủ tục hành chính mới trên Cổng dịch vụ công", ["Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa | Tháng 3/2026", "Cập nhật thủ tục hành chính mới trên Cổng dịch vụ công | Thường xuyên"], ["Tháng 3/2026", "Thường xuyên"], "Văn phòng HĐND và UBND xã", "Bộ phận Một cửa"],
  ["2", U89_GROUPS[1]!, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ["Số hóa hồ sơ hộ tịch từ năm 2016 đến năm 2020 | Quý I/2026", "Số hóa hồ sơ hộ tịch từ năm 2021 đến năm 2025 | Quý II/2026", "Số hóa kết quả giải quyết thủ tục lĩnh vực đất đai | Quý IV/2026"], ["Quý I/2026", "Quý II/2026", "Quý IV/2026"], "Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng"],
];

describe("u89: DOCX (and Word 97), '- ' items in the task cell with a time each on the time cell's lines", () => {
  for (const name of ["u89_xa-dong-ky-2026-bullet-items-timed.docx", "u92_xa-dong-ky-2026-bullet-items-timed-word97.doc"]) {
    it(`${name.endsWith(".doc") ? ".doc" : "DOCX"}: one record per row, each item an activity with its own time; STT restarting in each group`, async () => {
      const doc = await parsePlan(file(name));
      expect(doc.meta).toMatchObject({ number: "11/KH-UBND", date: "2026-01-19", level: "xa", issuer: "UBND xã Đông Kỳ", year: 2026, signer: "Trần Minh Đức" });
      expect(doc.tables[0]!.columns).toEqual(["Số TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]);
      const tasks = tableTasks(doc);
      expect(tasks.slice(0, 4).map((t) => [t.number, t.areaLabel, t.task, t.activities, t.deadline.items.map((item) => item.raw), t.lead[0], t.partners[0]])).toEqual(U89);
      expect(tasks[0]!.deadline).toMatchObject(when("2026-04-01", "2026-09-30"));
      expect(tasks[3]!.deadline).toMatchObject(when("2026-01-01", "2026-12-31"));
      // Items sharing the task's one time stay in its text, as written.
      expect(tasks[4]).toMatchObject({
        number: "1",
        areaLabel: U89_GROUPS[2],
        task: "Nâng cao kỷ luật, kỷ cương hành chính: - Kiểm tra đột xuất việc chấp hành giờ làm việc; - Đánh giá, xếp loại công chức hằng tháng.",
        activities: [],
        lead: ["Chủ tịch UBND xã"],
        deadline: { raw: "Năm 2026" },
      });
      expect(tasks).toHaveLength(5);
      expect(tasks.every((t) => t.parent === null)).toBe(true);
      expect(codes(doc, "timed-items")).toBe(3);
    });
  }
});

describe("u90: Markdown, a 'Đơn vị thực hiện' column naming roles, '<br>' lines, items with a time each", () => {
  it("reads the labelled partners, the tagged lead and the timed items", async () => {
    const doc = await parsePlan(file("u90_phuong-cam-pha-2026-markdown-agency-labels-items.md"));
    expect(doc.meta).toMatchObject({ number: "09/KH-UBND", date: "2026-01-21", level: "xa", issuer: "UBND phường Cẩm Phả", year: 2026, signer: "Phạm Văn Thành" });
    const office = "Văn phòng HĐND và UBND phường";
    const economy = "Phòng Kinh tế, Hạ tầng và Đô thị";
    expect(tableTasks(doc)).toMatchObject([
      {
        number: "1",
        areaLabel: "Cải cách thủ tục hành chính",
        task: "Công khai, minh bạch thủ tục hành chính",
        activities: ["Niêm yết thủ tục hành chính tại Bộ phận Một cửa | Quý I/2026", "Công khai kết quả giải quyết hồ sơ trên trang thông tin điện tử phường | Hằng tháng"],
        lead: [office],
        partners: ["Phòng Văn hóa - Xã hội", "Bộ phận Một cửa"],
      },
      { number: "2", lead: [office], partners: [economy, "Công an phường"], deadline: { raw: "Thường xuyên" } },
      {
        number: "1",
        areaLabel: "Chuyển đổi số",
        task: "Làm sạch dữ liệu dân cư phục vụ Đề án 06; Cấp tài khoản định danh điện tử mức độ 2 cho người dân",
        activities: ["Làm sạch dữ liệu dân cư phục vụ Đề án 06 | Quý II/2026", "Cấp tài khoản định danh điện tử mức độ 2 cho người dân | Quý III/2026"],
        lead: ["Công an phường"],
        partners: [office],
        deadline: when("2026-04-01", "2026-09-30"),
      },
      { number: "2", lead: [economy], partners: [office, "Bộ phận Một cửa"], deadline: when("2026-09-01", "2026-09-30") },
      { number: "3", lead: ["Phòng Văn hóa - Xã hội"], partners: [office, "Trung tâm Học tập cộng đồng"], deadline: when("2026-10-01", "2026-12-31") },
    ]);
    expect(tableTasks(doc)).toHaveLength(5);
  });
});

describe("agency cells: a label's role reaches every body it lists", () => {
  it("'Chủ trì: A, B' leads both; 'Phối hợp: A; B' partners both; 'Thực hiện:' ends the partner list", async () => {
    const doc = await markdownPlan(PROVINCE_HEAD, [
      row("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì, phối hợp", "Thời gian"),
      rule(4),
      row("1", "Rà soát quy chế làm việc", "Chủ trì: Sở Nội vụ, Sở Tư pháp. Phối hợp: Văn phòng UBND tỉnh", "Quý I/2026"),
      row("2", "Kiểm tra công vụ", "Thanh tra tỉnh; Phối hợp: Sở Nội vụ; Sở Tài chính", "Quý II/2026"),
      row("3", "Tổng hợp báo cáo", "Chủ trì: Sở Nội vụ<br>Phối hợp: Sở Tư pháp<br>Thực hiện: UBND các xã", "Quý IV/2026"),
    ]);
    expect(tableTasks(doc).map((t) => [t.lead, t.partners])).toEqual([
      [["Sở Nội vụ", "Sở Tư pháp"], ["Văn phòng UBND tỉnh"]],
      [["Thanh tra tỉnh"], ["Sở Nội vụ", "Sở Tài chính"]],
      [["Sở Nội vụ"], ["Sở Tư pháp", "UBND các xã"]],
    ]);
  });

  it("a lead column: 'X, phối hợp với A, B', 'X, phối hợp: A, B', 'X; các đơn vị phối hợp: A, B'", async () => {
    const doc = await htmlPlan(
      PROVINCE_HEAD,
      [
        "<tr><td>STT</td><td>Nội dung</td><td>Đơn vị thực hiện</td><td>Thời gian</td></tr>",
        "<tr><td>1</td><td>Rà soát thủ tục hành chính</td><td>Sở Y tế, phối hợp với Sở Tài chính, Bảo hiểm xã hội tỉnh</td><td>Quý I/2026</td></tr>",
        "<tr><td>2</td><td>Số hóa hồ sơ</td><td>Sở Xây dựng, phối hợp: Sở Tư pháp, UBND các xã</td><td>Quý II/2026</td></tr>",
        "<tr><td>3</td><td>Đối thoại doanh nghiệp</td><td>Sở Tài chính; các đơn vị phối hợp: Sở Nội vụ, Sở Tư pháp</td><td>Quý III/2026</td></tr>",
      ].join(""),
    );
    expect(tableTasks(doc).map((t) => [t.lead, t.partners])).toEqual([
      [["Sở Y tế"], ["Sở Tài chính", "Bảo hiểm xã hội tỉnh"]],
      [["Sở Xây dựng"], ["Sở Tư pháp", "UBND các xã"]],
      [["Sở Tài chính"], ["Sở Nội vụ", "Sở Tư pháp"]],
    ]);
  });

  it("'Các cơ quan phối hợp' labels only with its colon: 'Các cơ quan chủ trì CCHC của huyện' is a group's name", () => {
    expect(readAgencyCell(["Sở Nội vụ; các cơ quan phối hợp: Sở Tư pháp, Sở Tài chính"]).items).toEqual([
      { name: "Sở Nội vụ", role: null },
      { name: "Sở Tư pháp", role: "partner" },
      { name: "Sở Tài chính", role: "partner" },
    ]);
    expect(readAgencyCell(["Các cơ quan chủ trì CCHC của huyện", "các cơ quan liên quan"]).items).toEqual([
      { name: "Các cơ quan chủ trì CCHC của huyện", role: null },
      { name: "các cơ quan liên quan", role: null },
    ]);
  });
});
