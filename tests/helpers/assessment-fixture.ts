// A small framework (two areas, three questions with suggested actions and resolution
// paragraphs), an assessment of country A with consolidated findings, and its roadmap.
import type { PrismaClient } from '@/lib/db/client';

/** `countryCode`: an existing country to use (its entities MISP and ANPC are reused when present). */
export async function assessmentWithFindings(db: PrismaClient, o: { countryCode?: string; slug?: string } = {}) {
  const fw = await db.frameworkVersion.create({
    data: { slug: 'fixture', version: o.slug ?? '1', titleFr: 'Cadre d’essai', titleEn: 'Test framework', descriptionFr: '', descriptionEn: '', scale: [], contentHash: 'mini' },
  });
  const res = await db.instrument.create({
    data: {
      frameworkVersionId: fw.id, code: '2341', symbol: 'S/RES/2341 (2017)', titleFr: 'Résolution 2341', titleEn: 'Resolution 2341', url: 'https://undocs.org/S/RES/2341(2017)', order: 1,
      paragraphs: {
        create: [1, 2, 3].map((n) => ({ ref: `OP${n}`, number: n, kind: 'OPERATIVE' as const, order: n, summaryFr: `Paragraphe ${n}`, summaryEn: `Paragraph ${n}` })),
      },
    },
    include: { paragraphs: true },
  });
  const op = (n: number) => res.paragraphs.find((p) => p.number === n)!.id;
  const gov = await db.area.create({ data: { frameworkVersionId: fw.id, code: 'GOV', order: 1, titleFr: 'Gouvernance', titleEn: 'Governance', purposeFr: 'Une stratégie et un chef de file.', purposeEn: 'A strategy and a lead.' } });
  const cip = await db.area.create({ data: { frameworkVersionId: fw.id, code: 'CIP', order: 2, titleFr: 'Protection physique', titleEn: 'Physical protection', purposeFr: 'Des mesures sur les sites.', purposeEn: 'Measures on sites.' } });
  const question = (areaId: string, code: string, order: number, paragraphs: number[], actions: { code: string; min: number; max: number; kind: 'MINISTRY' | 'AGENCY' }[]) =>
    db.question.create({
      data: {
        frameworkVersionId: fw.id, areaId, code, order, lens: 'INSTITUTIONAL', textFr: `Question ${code} ?`, textEn: `Question ${code}?`, guidanceFr: '', guidanceEn: '',
        levels: [0, 1, 2, 3, 4].map((l) => ({ fr: `Niveau ${l}`, en: `Level ${l}` })),
        references: { create: paragraphs.map((n) => ({ paragraphId: op(n) })) },
        suggestedActions: {
          create: actions.map((a, i) => ({
            code: a.code, order: i + 1, titleFr: `Action ${a.code}`, titleEn: `Action ${a.code} (en)`, descriptionFr: `Décrire ${a.code}`, descriptionEn: `Describe ${a.code}`,
            minLevel: a.min, maxLevel: a.max, leadKind: a.kind, partners: ['UNOCT', 'CTED'],
          })),
        },
      },
    });
  const q1 = await question(gov.id, 'GOV-01', 1, [1, 2], [{ code: 'GOV-01-A1', min: 0, max: 1, kind: 'MINISTRY' }, { code: 'GOV-01-A2', min: 2, max: 4, kind: 'MINISTRY' }]);
  const q2 = await question(gov.id, 'GOV-02', 2, [2], [{ code: 'GOV-02-A1', min: 0, max: 3, kind: 'AGENCY' }]);
  const q3 = await question(cip.id, 'CIP-01', 1, [3], [{ code: 'CIP-01-A1', min: 0, max: 2, kind: 'AGENCY' }]);

  const country = o.countryCode ? await db.country.findUniqueOrThrow({ where: { code: o.countryCode } }) : await db.country.create({ data: { code: 'BJ' } });
  const entity = (code: string, nameFr: string, nameEn: string, kind: 'MINISTRY' | 'AGENCY') =>
    db.entity.upsert({ where: { countryId_code: { countryId: country.id, code } }, update: {}, create: { countryId: country.id, code, nameFr, nameEn, kind } });
  const ministry = await entity('MISP', "Ministère de l'Intérieur", 'Ministry of the Interior', 'MINISTRY');
  const agency = await entity('ANPC', 'Agence de protection civile', 'Civil Protection Agency', 'AGENCY');
  const assessment = await db.assessment.create({
    data: {
      countryId: country.id, frameworkVersionId: fw.id, title: 'Consultations de Cotonou', status: 'CONSOLIDATION', place: 'Cotonou',
      startsOn: new Date('2024-09-10'), endsOn: new Date('2024-09-12'), organisers: ['UNOCT', 'CTED'], officialsCount: 30, coordinatingEntityId: ministry.id,
      entities: { create: [{ entityId: ministry.id }, { entityId: agency.id }] },
    },
  });
  await db.finding.create({ data: { assessmentId: assessment.id, questionId: q1.id, maturity: 1, gaps: 'Pas de stratégie adoptée.', needs: 'Élaborer une stratégie nationale.', priority: 'HIGH' } });
  await db.finding.create({ data: { assessmentId: assessment.id, questionId: q2.id, maturity: 3, achievements: 'Un point focal existe.', gaps: '', needs: '' } });
  await db.finding.create({ data: { assessmentId: assessment.id, questionId: q3.id, maturity: 2, gaps: 'Plans de sûreté incomplets.', needs: '', priority: 'MEDIUM' } });
  const roadmap = await db.roadmap.create({ data: { slug: o.slug ? `benin-test-${o.slug}` : 'benin-test', countryId: country.id, assessmentId: assessment.id, title: 'Feuille de route nationale' } });
  return { fw, country, ministry, agency, assessment, roadmap, questions: { q1, q2, q3 }, paragraphs: { op1: op(1), op2: op(2), op3: op(3) } };
}
