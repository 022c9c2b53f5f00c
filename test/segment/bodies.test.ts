/**
 * Plans issued by bodies other than a People's Committee (fixtures/bodies, made by fixtures/make/make-bodies.py): Party
 * committees and their boards, the Fatherland Front, the Youth Union, a trade-union federation, a Women's Union, a
 * steering committee, a public hospital under its Sở, a joint plan, a Party draft. Each in every format the generator
 * writes. The expected meta was written from reading each plan, before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const FORMATS = ["txt", "md", "html", "docx", "pdf", "layout.txt"] as const;
const file = (name: string, ext: string) => new URL(`../../fixtures/bodies/${name}.${ext}`, import.meta.url).pathname;
const codes = (doc: PlanDocument) => doc.diagnostics.map((d) => d.code);

interface Expected {
  number: string | null;
  date: string | null;
  place: string;
  issuer: string;
  level: "tinh" | "huyen" | "xa" | null;
  title: string;
  period: { from: number; to: number };
  signer: string;
}

const PLANS: Record<string, Expected> = {
  "b01-huyen-uy-thanh-oai": {
    number: "125-KH/HU",
    date: "2026-01-15",
    place: "Thanh Oai",
    issuer: "Huyện ủy Thanh Oai",
    level: "huyen",
    title: "thực hiện công tác cải cách hành chính năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Nguyễn Văn Bình",
  },
  "b02-tinh-uy-quang-ninh": {
    number: "45-KH/TU",
    date: "2026-02-09",
    place: "Quảng Ninh",
    issuer: "Tỉnh ủy Quảng Ninh",
    level: "tinh",
    title: "đẩy mạnh chuyển đổi số trong các cơ quan đảng giai đoạn 2026 - 2030",
    period: { from: 2026, to: 2030 },
    signer: "Trịnh Văn Hải",
  },
  "b03-dang-uy-xa-my-lung": {
    number: "12-KH/ĐU",
    date: "2026-01-20",
    place: "Mỹ Lung",
    issuer: "Đảng ủy xã Mỹ Lung",
    level: "xa",
    title: "Lãnh đạo thực hiện cải cách hành chính, chuyển đổi số trên địa bàn xã năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Hà Văn Thắng",
  },
  "b04-ban-tuyen-giao-nghe-an": {
    number: "03-KH/BTGTU",
    date: "2026-01-06",
    place: "Nghệ An",
    issuer: "Ban Tuyên giáo Tỉnh ủy Nghệ An",
    level: "tinh",
    title: "tuyên truyền cải cách hành chính năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Lê Thị Hoài",
  },
  "b05-mttq-huyen-dong-son": {
    number: "45/KH-MTTQ-BTT",
    date: "2026-03-10",
    place: "Đông Sơn",
    issuer: "Ủy ban MTTQ Việt Nam huyện Đông Sơn",
    level: "huyen",
    title: "Giám sát việc giải quyết thủ tục hành chính tại Bộ phận Một cửa các xã, thị trấn năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Lê Văn Toàn",
  },
  "b06-tinh-doan-ha-tinh": {
    number: "15-KH/TĐTN",
    date: "2026-02-18",
    place: "Hà Tĩnh",
    issuer: "Tỉnh đoàn Hà Tĩnh",
    level: "tinh",
    title: "Tuổi trẻ Hà Tĩnh xung kích tham gia cải cách hành chính, chuyển đổi số năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Trần Quốc Huy",
  },
  "b07-lien-doan-lao-dong-binh-dinh": {
    number: "30/KH-LĐLĐ",
    date: "2026-03-05",
    place: "Bình Định",
    issuer: "Liên đoàn Lao động tỉnh Bình Định",
    level: "tinh",
    title: "Cải cách hành chính trong hệ thống Công đoàn tỉnh năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Nguyễn Thị Thu",
  },
  "b08-hoi-phu-nu-nga-son": {
    number: "08/KH-HPN",
    date: "2026-01-22",
    place: "Nga Sơn",
    issuer: "Hội LHPN huyện Nga Sơn",
    level: "huyen",
    title: "Tuyên truyền, hướng dẫn hội viên phụ nữ sử dụng dịch vụ công trực tuyến năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Mai Thị Hương",
  },
  "b09-ban-chi-dao-lang-son": {
    number: "02/KH-BCĐ",
    date: "2026-01-14",
    place: "Lạng Sơn",
    issuer: "Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn",
    level: "tinh",
    title: "Hoạt động của Ban Chỉ đạo cải cách hành chính tỉnh năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Đoàn Thu Hà",
  },
  "b10-benh-vien-thanh-hoa": {
    number: "156/KH-BVĐK",
    date: "2026-02-27",
    place: "Thanh Hóa",
    issuer: "Bệnh viện Đa khoa tỉnh Thanh Hóa",
    level: "tinh",
    title: "Cải cách hành chính, chuyển đổi số tại Bệnh viện năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Lê Văn Sỹ",
  },
  "b11-lien-tich-tan-lap": {
    number: "12/KH-UBND",
    date: "2026-01-16",
    place: "Tân Lập",
    issuer: "UBND xã Tân Lập",
    level: "xa",
    title: "Phối hợp tuyên truyền, vận động Nhân dân thực hiện cải cách hành chính năm 2026",
    period: { from: 2026, to: 2026 },
    signer: "Nguyễn Văn Hải",
  },
  "b12-du-thao-quynh-luu": {
    number: null,
    date: null,
    place: "Quỳnh Lưu",
    issuer: "Huyện ủy Quỳnh Lưu",
    level: "huyen",
    title: "sơ kết 5 năm thực hiện Nghị quyết về cải cách hành chính",
    period: { from: 2026, to: 2026 },
    signer: "Hồ Văn Tuấn",
  },
};

describe.each(Object.entries(PLANS))("%s", (name, expected) => {
  it.each(FORMATS)("%s: the header's meta", async (ext) => {
    const doc = await parsePlan(file(name, ext));
    expect(doc.meta).toMatchObject({ docType: "ke_hoach", year: expected.period.from, ...expected });
    expect(doc.sections.map((s) => s.numeral).slice(0, 2)).toEqual(["I", "II"]);
    if (expected.number !== null) expect(codes(doc)).not.toContain("number-missing");
    if (expected.date !== null) expect(codes(doc)).not.toContain("date-missing");
  });
});

describe("what the headers say beside the issuer", () => {
  it.each(FORMATS)("the draft (%s): number and date left null, each said", async (ext) => {
    const doc = await parsePlan(file("b12-du-thao-quynh-luu", ext));
    expect(codes(doc)).toEqual(expect.arrayContaining(["number-blank", "date-blank"]));
  });

  it.each(FORMATS)("the joint plan (%s): the other body and its number are said", async (ext) => {
    const doc = await parsePlan(file("b11-lien-tich-tan-lap", ext));
    const joint = doc.diagnostics.find((d) => d.code === "joint-plan");
    expect(joint?.message).toContain("Ủy ban MTTQ Việt Nam xã Tân Lập");
    expect(joint?.message).toContain("05/KH-MTTQ");
  });

  it.each(FORMATS)("the joint plan (%s): three columns of the foot, recipients and two signers, read apart", async (ext) => {
    // pdftotext lays the three columns side by side: "Nơi nhận:" beside the end of both signing titles ("TRỰC",
    // "DÂN"), and the two names on one line; the right one signs for the body that leads (UBND xã).
    const doc = await parsePlan(file("b11-lien-tich-tan-lap", ext));
    expect(doc.meta.recipients).toEqual(["UBND huyện", "Ủy ban MTTQ huyện", "Lưu: VT"]);
    expect(doc.meta.signer).toBe("Nguyễn Văn Hải");
  });

  // In the PDF and its layout text the signature column stands between the recipients ("T/M BAN THƯỜNG VỤ" after the
  // label, "PHÓ BÍ THƯ" inside the first recipient's wrapped end "(để" / "báo cáo),").
  it.each(FORMATS)("a Party plan's recipients, its filing line without a colon (%s)", async (ext) => {
    const doc = await parsePlan(file("b01-huyen-uy-thanh-oai", ext));
    expect(doc.meta.recipients).toEqual(["Ban Thường vụ Thành ủy (để báo cáo)", "Các đồng chí Huyện ủy viên", "Các đảng ủy trực thuộc", "Lưu Văn phòng Huyện ủy"]);
  });
});
