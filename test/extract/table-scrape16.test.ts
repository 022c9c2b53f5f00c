/**
 * Round 16 (issue 17): plans as web scrapes write them, one cell per block of lines with "|" lines between cells, in
 * shapes the earlier rounds did not show: a two-row header ("Cơ quan thực hiện" over "Chủ trì | Phối hợp") written as
 * two short rows; a lead cell merged down (rowspan) that the scrape writes only in its first row, the rows under it a
 * cell short; a blank row and the header again where the table crossed a page; one "Cơ quan chủ trì, phối hợp" column
 * holding "A chủ trì, phối hợp B, C" or "Chủ trì: …; Phối hợp: …". The fixtures u45-u48 were written for them
 * (fixtures/unseen/README.md); the expected records are what a reader of each table writes down.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";
import { tableTasks, unseenFixture as file } from "./table-plan.js";

const rows = (doc: PlanDocument) =>
  tableTasks(doc).map((t) => ({ number: t.number, area: t.area, lead: t.lead, partners: t.partners, deadline: t.deadline.raw, products: t.products }));

describe("u45: a province's scrape, two-row header written as two short rows", () => {
  it("sets the header out as Word does and reads every row", async () => {
    const doc = await parsePlan(file("u45_tinh-khanh-hoa-2026-scraped-two-row-header.md"));
    expect(doc.meta).toMatchObject({ number: "28/KH-UBND", date: "2026-01-16", year: 2026 });
    expect(doc.tables.map((t) => [t.where, t.kind])).toEqual([["appendix", "task"]]);
    expect(doc.tables[0]!.columns).toEqual(["STT", "Nhiệm vụ", "Cơ quan thực hiện chủ trì", "Cơ quan thực hiện phối hợp", "Thời gian hoàn thành", "Sản phẩm"]);
    expect(rows(doc)).toEqual([
      { number: "1", area: "institutions", lead: ["Sở Tư pháp"], partners: ["Các sở, ban, ngành", "UBND các xã, phường, đặc khu"], deadline: "Quý II/2026", products: ["Quyết định công bố kết quả rà soát"] },
      // An empty partner cell of a task of its own is no merge.
      { number: "2", area: "institutions", lead: ["Sở Tư pháp"], partners: [], deadline: "Thường xuyên", products: ["Kết luận kiểm tra"] },
      { number: "1", area: "procedures", lead: ["Văn phòng UBND tỉnh"], partners: ["Các sở, ban, ngành"], deadline: "Trước 31/3/2026", products: ["Quyết định của Chủ tịch UBND tỉnh"] },
      { number: "2", area: "procedures", lead: ["Trung tâm Phục vụ hành chính công tỉnh"], partners: ["UBND đặc khu Trường Sa"], deadline: "Hằng tháng", products: ["Báo cáo tình hình giải quyết hồ sơ"] },
      { number: "1", area: "organization", lead: ["Sở Nội vụ"], partners: ["UBND các xã, phường, đặc khu"], deadline: "6 tháng đầu năm 2026", products: ["Văn bản hướng dẫn"] },
    ]);
    expect(tableTasks(doc)[0]!.task).toBe("Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh Khánh Hòa và tỉnh Ninh Thuận (cũ) sau hợp nhất");
  });
});

describe("u46: a ward's scrape, a lead cell merged down written only in its first row", () => {
  it("fills the lead down into the rows a cell short, their partner and time in place", async () => {
    const doc = await parsePlan(file("u46_phuong-thu-dau-mot-2026-scraped-rowspan.md"));
    expect(doc.tables[0]!.columns).toEqual(["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]);
    const office = ["Văn phòng HĐND và UBND phường"];
    const centre = ["Trung tâm Phục vụ hành chính công phường"];
    expect(rows(doc)).toEqual([
      { number: "1", area: "direction", lead: office, partners: ["Phòng Văn hóa - Xã hội"], deadline: "Tháng 02/2026", products: [] },
      { number: "2", area: "direction", lead: office, partners: ["Các khu phố"], deadline: "Quý III/2026", products: [] },
      { number: "3", area: "direction", lead: office, partners: ["Các cơ quan, đơn vị thuộc UBND phường"], deadline: "Hằng quý", products: [] },
      { number: "1", area: "procedures", lead: centre, partners: ["Văn phòng HĐND và UBND phường"], deadline: "Thường xuyên", products: [] },
      { number: "2", area: "procedures", lead: centre, partners: ["Phòng Kinh tế, Hạ tầng và Đô thị"], deadline: "Quý II/2026", products: [] },
      { number: "3", area: "procedures", lead: ["Phòng Văn hóa - Xã hội"], partners: ["Công an phường"], deadline: "Tháng 10/2026", products: [] },
    ]);
    expect(tableTasks(doc)[1]!.task).toBe("Tổ chức kiểm tra công tác cải cách hành chính tại các khu phố");
  });
});

describe("u47: a đặc khu's scrape, a blank row and the header again at a page break", () => {
  it("reads one table, neither the blank row nor the repeated header a record", async () => {
    const doc = await parsePlan(file("u47_dac-khu-ly-son-2026-scraped-page-break.md"));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.columns).toEqual(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Kết quả đầu ra"]);
    const centre = ["Trung tâm Phục vụ hành chính công đặc khu"];
    expect(rows(doc)).toEqual([
      { number: "1", area: "institutions", lead: ["Phòng Tư pháp"], partners: ["Các cơ quan chuyên môn"], deadline: "Quý I/2026", products: ["Danh mục văn bản hết hiệu lực"] },
      { number: "2", area: "institutions", lead: ["Phòng Văn hóa - Xã hội"], partners: ["Đồn Biên phòng Lý Sơn"], deadline: "Thường xuyên", products: ["Các buổi tuyên truyền"] },
      { number: "1", area: "procedures", lead: centre, partners: ["Các phòng chuyên môn"], deadline: "Hằng tháng", products: ["Báo cáo kết quả giải quyết"] },
      { number: "2", area: "procedures", lead: centre, partners: ["Bưu điện đặc khu"], deadline: "Quý II, III/2026", products: ["Hồ sơ được tiếp nhận"] },
    ]);
    // Group labels in capitals are cleaned to sentence case, as in every other table.
    expect(tableTasks(doc).map((t) => t.areaLabel)).toEqual(["Cải cách thể chế", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách thủ tục hành chính"]);
  });
});

describe("u48: a Sở's scrape, one 'Cơ quan chủ trì, phối hợp' column", () => {
  it("splits each cell into lead and partners as it says", async () => {
    const doc = await parsePlan(file("u48_so-noi-vu-an-giang-2026-scraped-merged-agencies.md"));
    expect(doc.meta).toMatchObject({ number: "21/KH-SNV", date: "2026-01-26" });
    expect(doc.tables[0]!.columns).toEqual(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì, phối hợp", "Thời gian hoàn thành", "Ghi chú"]);
    expect(rows(doc)).toEqual([
      { number: "1", area: "organization", lead: ["Phòng Tổ chức, biên chế"], partners: ["Văn phòng Sở", "Thanh tra Sở"], deadline: "Quý II/2026", products: [] },
      { number: "2", area: "organization", lead: ["Phòng Công chức, viên chức"], partners: ["UBND các xã, phường, đặc khu"], deadline: "6 tháng đầu năm 2026", products: [] },
      { number: "1", area: "civil_service", lead: ["Phòng Công chức, viên chức"], partners: ["Văn phòng Sở"], deadline: "Quý III/2026", products: [] },
      { number: "2", area: "civil_service", lead: ["Văn phòng Sở"], partners: [], deadline: "Hằng tháng", products: [] },
    ]);
    expect(tableTasks(doc)[1]!.extra).toEqual({ "Ghi chú": "Đặc khu Phú Quốc, Kiên Hải, Thổ Châu" });
  });
});
