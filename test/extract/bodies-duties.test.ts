/**
 * Duties in the "TỔ CHỨC THỰC HIỆN" part of plans issued by bodies other than a People's Committee (fixtures/bodies,
 * made by fixtures/make/make-bodies.py; their meta is tested in test/segment/bodies.test.ts), and a health centre's
 * plan (fixtures/prose p51). Sentences built as a body's name followed by its duty verb: Party committees of a level
 * ("Các huyện ủy, thị ủy, …", "Các đảng ủy xã, thị trấn"), a board's members ("Các thành viên Ban Chỉ đạo"), duties
 * that open with "lãnh đạo", "cụ thể hóa", "hoàn thiện", "tạo điều kiện", a team named in lower case inside the duty
 * ("cho đoàn giám sát"), a hospital's departments ("Phòng Kế hoạch tổng hợp", "Khoa Khám bệnh", "Phòng Điều dưỡng").
 * Each plan is read from its .txt and from one other format. Every expected record was written from reading the
 * plan, before cchc ran on it.
 */
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/pipeline.js";
import type { PlanDocument } from "../../src/schema/plan.js";

const bodies = (name: string, ext: string) => new URL(`../../fixtures/bodies/${name}.${ext}`, import.meta.url).pathname;
const prose = (name: string) => new URL(`../../fixtures/prose/${name}`, import.meta.url).pathname;

interface Duty {
  number: string;
  lead: string[];
  partners: string[];
  task: string;
  end: string | null;
}

const duties = (doc: PlanDocument): Duty[] =>
  doc.tasks.map((t) => ({ number: t.number ?? "", lead: t.lead, partners: t.partners, task: t.task, end: t.deadline.end }));

const PLANS: { name: string; other: string; expected: Duty[] }[] = [
  {
    name: "b01-huyen-uy-thanh-oai",
    other: "docx",
    expected: [
      {
        number: "1",
        lead: ["Ban Tổ chức Huyện ủy"],
        partners: ["Văn phòng Huyện ủy"],
        task: "Chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy kiểm tra việc thực hiện Kế hoạch, hoàn thành trong quý III/2026.",
        end: "2026-09-30",
      },
      {
        number: "2",
        lead: ["Đảng ủy các xã, thị trấn"],
        partners: [],
        task: "Lãnh đạo, chỉ đạo chính quyền cùng cấp xây dựng kế hoạch cải cách hành chính năm 2026, hoàn thành trước ngày 28/02/2026.",
        end: "2026-02-28",
      },
      {
        number: "3",
        lead: ["Ủy ban MTTQ Việt Nam huyện", "các đoàn thể chính trị - xã hội huyện"],
        partners: [],
        task: "Tuyên truyền, vận động đoàn viên, hội viên sử dụng dịch vụ công trực tuyến.",
        end: null,
      },
      {
        number: "4",
        lead: ["Văn phòng Huyện ủy"],
        partners: [],
        task: "Theo dõi, tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Huyện ủy trước ngày 15/12/2026.",
        end: "2026-12-15",
      },
    ],
  },
  {
    name: "b02-tinh-uy-quang-ninh",
    other: "md",
    expected: [
      {
        number: "1",
        lead: ["Văn phòng Tỉnh ủy"],
        partners: [],
        task: "Chủ trì triển khai hệ thống quản lý văn bản và điều hành dùng chung của các cơ quan đảng, hoàn thành trong năm 2026.",
        end: "2026-12-31",
      },
      {
        number: "2",
        lead: ["Ban Tổ chức Tỉnh ủy"],
        partners: [],
        task: "Hướng dẫn việc đánh giá kết quả chuyển đổi số trong đánh giá, xếp loại tổ chức đảng hằng năm.",
        end: null,
      },
      {
        number: "3",
        lead: ["Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"],
        partners: [],
        task: "Cụ thể hóa Kế hoạch, báo cáo kết quả về Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 30/11 hằng năm.",
        // Yearly by 30/11 over the plan's 2026–2030: its last time.
        end: "2030-11-30",
      },
    ],
  },
  {
    name: "b03-dang-uy-xa-my-lung",
    other: "html",
    expected: [
      {
        number: "1",
        lead: ["Đảng ủy Ủy ban nhân dân xã"],
        partners: [],
        task: "Lãnh đạo Ủy ban nhân dân xã ban hành kế hoạch cải cách hành chính năm 2026, hoàn thành trước ngày 15/02/2026.",
        end: "2026-02-15",
      },
      {
        number: "2",
        lead: ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
        partners: [],
        task: "Giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã, báo cáo định kỳ 6 tháng.",
        end: "2026-12-31",
      },
      {
        number: "3",
        lead: ["Văn phòng Đảng ủy"],
        partners: [],
        task: "Theo dõi, đôn đốc việc thực hiện, tham mưu sơ kết 6 tháng trước ngày 20/6/2026.",
        end: "2026-06-20",
      },
    ],
  },
  {
    name: "b05-mttq-huyen-dong-son",
    other: "pdf",
    expected: [
      {
        number: "1",
        lead: ["Ban Phong trào Ủy ban MTTQ Việt Nam huyện"],
        partners: [],
        task: "Chủ trì xây dựng đề cương, thành lập đoàn giám sát, hoàn thành trong tháng 4/2026.",
        end: "2026-04-30",
      },
      {
        number: "2",
        lead: ["Ủy ban MTTQ Việt Nam các xã, thị trấn"],
        partners: ["đoàn giám sát"],
        task: "Phối hợp với đoàn giám sát, chuẩn bị báo cáo theo đề cương.",
        end: null,
      },
      {
        number: "3",
        lead: ["Ủy ban nhân dân các xã, thị trấn"],
        partners: [],
        task: "Tạo điều kiện, cung cấp tài liệu cho đoàn giám sát.",
        end: null,
      },
    ],
  },
  {
    name: "b06-tinh-doan-ha-tinh",
    other: "layout.txt",
    expected: [
      {
        number: "1",
        lead: ["Ban Phong trào Tỉnh đoàn"],
        partners: [],
        task: "Chủ trì hướng dẫn, theo dõi việc thực hiện, hoàn thành sơ kết trước ngày 30/6/2026.",
        end: "2026-06-30",
      },
      {
        number: "2",
        lead: ["Các huyện đoàn, thành đoàn, thị đoàn và đoàn trực thuộc"],
        partners: [],
        task: "Thành lập đội hình thanh niên tình nguyện hỗ trợ dịch vụ công trực tuyến tại các xã, phường, thị trấn, hoàn thành trong quý II/2026.",
        end: "2026-06-30",
      },
      {
        number: "3",
        lead: ["Văn phòng Tỉnh đoàn"],
        partners: [],
        task: "Tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh đoàn trước ngày 15/11/2026.",
        end: "2026-11-15",
      },
    ],
  },
  {
    name: "b09-ban-chi-dao-lang-son",
    other: "docx",
    expected: [
      {
        number: "1",
        lead: ["Sở Nội vụ"],
        partners: [],
        task: "Chủ trì tham mưu tổ chức các cuộc họp định kỳ 6 tháng của Ban Chỉ đạo.",
        end: "2026-12-31",
      },
      {
        number: "2",
        lead: ["Các thành viên Ban Chỉ đạo"],
        partners: [],
        task: "Kiểm tra cải cách hành chính tại các xã, phường được phân công phụ trách, hoàn thành trước ngày 30/10/2026.",
        end: "2026-10-30",
      },
      {
        number: "3",
        lead: ["Văn phòng UBND tỉnh"],
        partners: [],
        task: "Theo dõi việc thực hiện kết luận của Trưởng Ban Chỉ đạo, báo cáo hằng quý.",
        end: null,
      },
    ],
  },
  {
    name: "b10-benh-vien-thanh-hoa",
    other: "md",
    expected: [
      {
        number: "1",
        lead: ["Phòng Kế hoạch tổng hợp"],
        partners: [],
        task: "Chủ trì triển khai đặt lịch khám trực tuyến, hoàn thành trong quý II/2026.",
        end: "2026-06-30",
      },
      {
        number: "2",
        lead: ["Phòng Công nghệ thông tin"],
        partners: [],
        task: "Hoàn thiện bệnh án điện tử, hoàn thành trước ngày 30/9/2026.",
        end: "2026-09-30",
      },
      {
        number: "3",
        lead: ["Phòng Tài chính kế toán"],
        partners: ["các ngân hàng"],
        task: "Phối hợp với các ngân hàng triển khai thanh toán không dùng tiền mặt tại các quầy thu viện phí.",
        end: null,
      },
    ],
  },
  {
    name: "b12-du-thao-quynh-luu",
    other: "html",
    expected: [
      {
        number: "1",
        lead: ["Ban Tổ chức Huyện ủy"],
        partners: [],
        task: "Chủ trì xây dựng đề cương báo cáo, hoàn thành trước ngày 31/3/2026.",
        end: "2026-03-31",
      },
      {
        number: "2",
        lead: ["Các đảng ủy xã, thị trấn"],
        partners: [],
        task: "Tổ chức sơ kết ở cơ sở, gửi báo cáo về Huyện ủy trước ngày 30/4/2026.",
        end: "2026-04-30",
      },
    ],
  },
];

describe("bodies' plans: every duty of 'TỔ CHỨC THỰC HIỆN', its body and its duty verb", () => {
  for (const { name, other, expected } of PLANS) {
    for (const ext of ["txt", other]) {
      it(`${name}.${ext}`, async () => {
        const doc = await parsePlan(bodies(name, ext));
        expect(duties(doc)).toEqual(expected);
        expect(doc.tasks.every((t) => t.origin === "inline" && t.table === null)).toBe(true);
      });
    }
  }
});

describe("p51: a health centre's departments as bodies ('Khoa Khám bệnh', 'Phòng Điều dưỡng', 'Phòng Kế hoạch tổng hợp')", () => {
  it("one duty per department; 'Khoa …' leads and is a partner", async () => {
    const doc = await parsePlan(prose("p51_trung-tam-y-te-huyen-cchc-2026.txt"));
    expect(duties(doc).map(({ number, lead, partners, task }) => ({ number, lead, partners, task }))).toEqual([
      {
        number: "1",
        lead: ["Khoa Khám bệnh"],
        partners: [],
        task: "Bố trí thêm bàn tiếp đón vào giờ cao điểm, hoàn thành trong quý I/2026.",
      },
      {
        number: "2",
        lead: ["Phòng Điều dưỡng"],
        partners: [],
        task: "Kiểm tra việc thực hiện quy trình tiếp đón người bệnh tại các khoa lâm sàng hằng tháng.",
      },
      {
        number: "3",
        lead: ["Phòng Kế hoạch tổng hợp"],
        partners: ["Khoa Khám bệnh"],
        task: "Phối hợp với Khoa Khám bệnh khảo sát sự hài lòng của người bệnh, báo cáo Giám đốc trước ngày 15/11/2026.",
      },
      {
        number: "4",
        lead: ["Khoa Dược"],
        partners: [],
        task: "Hoàn thiện phần mềm quản lý thuốc, hoàn thành trước ngày 30/6/2026.",
      },
    ]);
    expect(doc.tasks.map((t) => t.deadline.end)).toEqual(["2026-03-31", null, "2026-11-15", "2026-06-30"]);
  });
  it("'Khoa học …' is no body: a sentence that starts so names no lead", async () => {
    const text = [
      "KẾ HOẠCH",
      "Ứng dụng tiến bộ kỹ thuật năm 2026",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Nâng cao chất lượng khám, chữa bệnh.",
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Khoa Dược hoàn thiện phần mềm quản lý thuốc.",
      "2. Khoa học công nghệ được ứng dụng rộng rãi trong khám, chữa bệnh.",
      "3. Khoa Học Kỹ Thuật Y Tế tổ chức hội thảo cấp cơ sở.",
      "4. Phòng Văn hóa, Khoa học và Thông tin tuyên truyền kết quả thực hiện.",
    ];
    const doc = await parsePlan(new TextEncoder().encode(text.join("\n\n")), { path: "kh.txt" });
    expect(doc.tasks.map((t) => t.lead)).toEqual([["Khoa Dược"], ["Phòng Văn hóa, Khoa học và Thông tin"]]);
  });
});
