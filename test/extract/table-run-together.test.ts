/**
 * Two agencies of one lead/partner cell run together where the format lost the cell's paragraph breaks (a PDF's text
 * layer with narrow cells, a Markdown scrape of one): "Phòng Tư pháp Phòng Nội vụ", "Sở Nông nghiệp và Môi trường Sở
 * Tư pháp" are two bodies; "Văn phòng HĐND và UBND huyện", "Trung tâm Văn hóa, Thông tin và Thể thao", "Ủy ban Mặt
 * trận Tổ quốc Việt Nam xã" are one. u30 (a DOCX printed to PDF by LibreOffice) and u31 (Markdown) were written for it
 * (fixtures/unseen/README.md); the expected records are what a reader of each table writes down.
 */
import { describe, expect, it } from "vitest";
import { readAgencyCell } from "../../src/normalize/agency.js";
import { parsePlan } from "../../src/pipeline.js";
import { tableTasks, unseenFixture as file } from "./table-plan.js";

const agencies = (tasks: ReturnType<typeof tableTasks>) => tasks.map((task) => [task.number, task.lead, task.partners]);

describe("u30: a district plan whose narrow agency columns hold one agency per paragraph, printed to PDF", () => {
  it("reads each agency of a cell as one name, and reports each cut", async () => {
    const doc = await parsePlan(file("u30_huyen-nghia-hanh-2025-narrow-cells.pdf"));
    const office = "Văn phòng HĐND và UBND huyện";
    const culture = "Trung tâm Văn hóa, Thông tin và Thể thao";
    const communes = "UBND các xã, thị trấn";
    expect(agencies(tableTasks(doc))).toEqual([
      ["1", ["Phòng Tư pháp"], ["Phòng Nội vụ", office]],
      ["2", ["Phòng Tư pháp", "Công an huyện"], ["Các phòng chuyên môn", communes]],
      ["3", [office], ["Phòng Văn hóa và Thông tin", culture]],
      ["4", ["Phòng Tài nguyên và Môi trường", "Phòng Kinh tế và Hạ tầng"], ["Phòng Tư pháp", "Chi nhánh Văn phòng Đăng ký đất đai huyện"]],
      ["5", ["Phòng Nội vụ"], ["Phòng Tài chính - Kế hoạch", office]],
      ["6", ["Phòng Nội vụ", "Thanh tra huyện"], ["Phòng Tư pháp", "Phòng Nội vụ", communes]],
      ["7", ["Phòng Văn hóa và Thông tin"], [office, "Phòng Tài chính - Kế hoạch"]],
      ["8", ["Phòng Văn hóa và Thông tin"], [communes, culture]],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "agency-run-together").every((d) => d.severity === "info")).toBe(true);
    expect(doc.diagnostics.some((d) => d.code === "agency-run-together")).toBe(true);
  });
});

describe("u31: a commune plan scraped to Markdown, the agencies of a cell run together on one line", () => {
  it("cuts the cell between bodies, never inside a body's name", async () => {
    const doc = await parsePlan(file("u31_xa-binh-minh-2026-pdf-scrape.md"));
    const office = "Văn phòng HĐND và UBND xã";
    const centre = "Trung tâm Phục vụ hành chính công xã";
    expect(agencies(tableTasks(doc))).toEqual([
      ["1", ["Phòng Văn hóa - Xã hội"], ["Phòng Kinh tế", centre]],
      ["2", [centre], [office, "Công an xã"]],
      ["3", ["Phòng Kinh tế", office], ["Sở Nông nghiệp và Môi trường", "Sở Tư pháp"]],
      ["4", [office], ["Ban Quản lý dự án", centre]],
      ["5", ["Phòng Văn hóa - Xã hội"], ["Đảng ủy xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"]],
      ["6", [office], ["Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Công an xã"]],
    ]);
    const cuts = doc.diagnostics.filter((d) => d.code === "agency-run-together");
    expect(cuts.map((d) => d.severity)).toEqual(["info", "info", "info", "info", "info"]);
  });
});

describe("a lead/partner cell whose paragraph breaks were lost", () => {
  const read = (text: string) => readAgencyCell([text], { runTogether: true });
  const names = (text: string) => read(text).items.map((item) => item.name);

  it("starts a new body at a peer's or a lower body's type word after a whole name, or after a group of places", () => {
    expect(names("Phòng Tư pháp Phòng Nội vụ")).toEqual(["Phòng Tư pháp", "Phòng Nội vụ"]);
    expect(names("Sở Nội vụ Sở Tư pháp")).toEqual(["Sở Nội vụ", "Sở Tư pháp"]);
    expect(names("Công an tỉnh Sở Tư pháp UBND các huyện")).toEqual(["Công an tỉnh", "Sở Tư pháp", "UBND các huyện"]);
    expect(names("Sở Khoa học và Công nghệ Sở Tài chính")).toEqual(["Sở Khoa học và Công nghệ", "Sở Tài chính"]);
    expect(names("Sở Nội vụ Văn phòng UBND tỉnh")).toEqual(["Sở Nội vụ", "Văn phòng UBND tỉnh"]);
    expect(names("Báo Quảng Ngãi Đài Phát thanh và Truyền hình tỉnh")).toEqual(["Báo Quảng Ngãi", "Đài Phát thanh và Truyền hình tỉnh"]);
    expect(names("Các phòng chuyên môn Phòng Nội vụ")).toEqual(["Các phòng chuyên môn", "Phòng Nội vụ"]);
    expect(names("UBND các xã, thị trấn Đài Truyền thanh huyện")).toEqual(["UBND các xã, thị trấn", "Đài Truyền thanh huyện"]);
    expect(read("Sở Nội vụ Sở Tư pháp").runTogether).toEqual(["Sở Nội vụ Sở Tư pháp"]);
  });

  it("keeps names that hold a second type word, and a body named after the one that contains it", () => {
    for (const name of [
      "Văn phòng UBND tỉnh",
      "Phòng Văn hóa và Thông tin",
      "Trung tâm Phục vụ hành chính công",
      "Ban Quản lý dự án",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
      "Công an tỉnh",
      "Đảng ủy Sở Y tế",
      "Chi bộ Văn phòng Huyện ủy",
      "Ban Tổ chức Huyện ủy",
      "Ủy ban Kiểm tra Huyện ủy",
      "Ủy ban Kiểm tra Đảng ủy",
      "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
      "Hội Liên hiệp Phụ nữ huyện",
      "Ban Phong trào Ủy ban MTTQ Việt Nam huyện",
      "Ban Tuyên giáo - Tổ chức Hội LHPN huyện",
      "Ban Công tác Mặt trận các thôn",
      "Phòng Cải cách hành chính Sở Nội vụ",
      "Phòng Cảnh sát hình sự Công an tỉnh",
      "Phòng Kiểm soát thủ tục hành chính Văn phòng UBND tỉnh",
      "UBND huyện Vụ Bản",
      "Sở Nội vụ (Ban Thi đua - Khen thưởng)",
    ]) {
      expect(names(name)).toEqual([name]);
      expect(read(name).runTogether).toEqual([]);
    }
  });

  it("leaves a name joined by a word to the next one to the rules of that word", () => {
    expect(names("Phòng Nội vụ cùng Phòng Tư pháp")).toEqual(["Phòng Nội vụ", "Phòng Tư pháp"]);
    expect(read("Phòng Nội vụ cùng Phòng Tư pháp").runTogether).toEqual([]);
    expect(read("Đảng ủy xã lãnh đạo Ủy ban nhân dân xã").runTogether).toEqual([]);
  });

  it("cuts nothing unless asked (prose lists keep their own rules)", () => {
    expect(readAgencyCell(["Phòng Tư pháp Phòng Nội vụ"]).items.map((item) => item.name)).toEqual(["Phòng Tư pháp Phòng Nội vụ"]);
  });
});
