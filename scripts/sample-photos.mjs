#!/usr/bin/env node
/**
 * Draws the photos of the sample entries: flat illustrations in the steppe-and-river palette, no people.
 * Each photo is an SVG composed from a few drawing functions below, rasterised by sharp to a 1200×900
 * JPEG in content/businesses/<slug>/photos/. The output is deterministic, so re-running it changes nothing.
 *
 *   node_modules/.bin/node scripts/sample-photos.mjs
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { entriesDir } from '../src/validate/content-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const W = 1200;
const H = 900;

const C = {
	sand: '#e9dcc0',
	paper: '#f6efe0',
	ochre: '#c9953f',
	teal: '#1f5f66',
	river: '#2f7f86',
	terra: '#b5573a',
	ink: '#1d2a2c',
	cream: '#fbf7ee',
	green: '#5f8a4a',
};

// ---------------------------------------------------------------- colour and shape helpers

/** Mixes two #rrggbb colours: t = 0 gives a, t = 1 gives b. */
function mix(a, b, t) {
	const channel = (hex, i) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
	return (
		'#' +
		[0, 1, 2]
			.map((i) =>
				Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t)
					.toString(16)
					.padStart(2, '0'),
			)
			.join('')
	);
}
const dark = (c, t = 0.25) => mix(c, '#000000', t);
const light = (c, t = 0.35) => mix(c, '#ffffff', t);

/** A small seeded random generator, so every run draws the same piles and scatters. */
function random(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Places a drawing made around its own origin (bottom centre) at x, y with a scale. */
const at = (x, y, s, body, rotate = 0) => `<g transform="translate(${x} ${y}) rotate(${rotate}) scale(${s})">${body}</g>`;
const shadow = (w, y = 0) => `<ellipse cx="0" cy="${y}" rx="${w}" ry="${w * 0.11}" fill="${C.ink}" opacity=".16"/>`;

/** The ram's-horn motif (қошқар мүйіз), stem at the origin pointing up. */
const hornPath =
	'M0 0V-38C0-70 38-78 42-50C45-31 22-27 20-41C18-50 29-52 31-45M0-38C0-70-38-78-42-50C-45-31-22-27-20-41C-18-50-29-52-31-45';
const horn = (x, y, s, color, rotate = 0, width = 7) =>
	`<path d="${hornPath}" transform="translate(${x} ${y}) rotate(${rotate}) scale(${s})" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>`;
/** Four horns around one centre: the rosette of felt carpets. */
const rosette = (x, y, s, color, width) => [0, 90, 180, 270].map((r) => horn(x, y, s, color, r, width)).join('');
/** A band of horns between two rules, as on a yurt's bau or a cloth hem. */
function band(x, y, w, h, color, bg = 'none') {
	const n = Math.max(1, Math.round(w / (h * 1.3)));
	const step = w / n;
	let out = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${bg}"/>`;
	out += `<path d="M${x} ${y + 4}H${x + w}M${x} ${y + h - 4}H${x + w}" stroke="${color}" stroke-width="${h * 0.06}"/>`;
	for (let i = 0; i < n; i++) out += horn(x + step * (i + 0.5), y + h * 0.86, h / 110, color, 0, 9);
	return out;
}

// ---------------------------------------------------------------- backgrounds

/** A wall with an ornament band and a table top. */
function room({ wall = C.sand, table = C.ochre, ornament = C.teal, horizon = 610 } = {}) {
	return `<rect width="${W}" height="${H}" fill="${wall}"/>${band(0, 70, W, 70, ornament, light(wall, 0.25))}
	<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="${table}"/>
	<rect y="${horizon}" width="${W}" height="12" fill="${dark(table, 0.15)}"/>`;
}

/** Open steppe with the sun and the Syr Darya running through it. */
function steppe({ sky = '#f3ead6', sun = C.ochre, hills = '#d8c39a', ground = C.sand, river = C.river, horizon = 480 } = {}) {
	return `<rect width="${W}" height="${H}" fill="${sky}"/>
	<circle cx="960" cy="190" r="120" fill="${light(sun, 0.6)}"/><circle cx="960" cy="190" r="78" fill="${sun}"/>
	<path d="M0 ${horizon - 40}C200 ${horizon - 110} 380 ${horizon - 60} 560 ${horizon - 90}S900 ${horizon - 50} 1200 ${horizon - 100}V${horizon}H0Z" fill="${hills}"/>
	<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="${ground}"/>
	<path d="M0 ${horizon + 70}C300 ${horizon + 20} 700 ${horizon + 40} 1200 ${horizon + 10}V${horizon + 50}C800 ${horizon + 90} 400 ${horizon + 80} 0 ${horizon + 150}Z" fill="${river}"/>
	<path d="M140 ${horizon + 95}h90M520 ${horizon + 60}h70M880 ${horizon + 45}h110" stroke="${light(river, 0.45)}" stroke-width="5" stroke-linecap="round"/>`;
}

/** A plain colour with a large disc behind the subject: the product shot. */
function studio({ bg = C.teal, disc = light(bg, 0.18), floor = 700, dots = light(bg, 0.3) } = {}) {
	const r = random(bg.length * 97 + parseInt(bg.slice(1), 16));
	let scatter = '';
	for (let i = 0; i < 14; i++)
		scatter += `<circle cx="${(r() * W).toFixed(0)}" cy="${(r() * 560).toFixed(0)}" r="${(3 + r() * 6).toFixed(1)}" fill="${dots}"/>`;
	return `<rect width="${W}" height="${H}" fill="${bg}"/>${scatter}<circle cx="600" cy="470" r="340" fill="${disc}"/>
	<rect y="${floor}" width="${W}" height="${H - floor}" fill="${dark(bg, 0.12)}"/>`;
}

// ---------------------------------------------------------------- subjects (origin: bottom centre)

/** A PET bottle; `tall` stretches it. */
function bottle({ fill = '#9fd0d2', cap = C.terra, label = C.ochre, tall = 1 } = {}) {
	const y = (v) => v * tall;
	return `${shadow(60)}<g>
	<path d="M-36 0Q-50 0-50 -14V${y(-190)}C-50 ${y(-225)}-16 ${y(-225)}-16 ${y(-250)}V${y(-262)}H16V${y(-250)}C16 ${y(-225)} 50 ${y(-225)} 50 ${y(-190)}V-14Q50 0 36 0Z" fill="${fill}" fill-opacity=".8" stroke="${dark(fill, 0.35)}" stroke-width="3"/>
	<path d="M-50 -34H50M-50 ${y(-176)}H50" stroke="${dark(fill, 0.3)}" stroke-width="2" opacity=".5"/>
	${label ? `<rect x="-50" y="${y(-150)}" width="100" height="${y(55)}" fill="${label}"/><path d="M-30 ${y(-122)}h60" stroke="${light(label, 0.5)}" stroke-width="6"/>` : ''}
	<rect x="-36" y="${y(-182)}" width="11" height="${y(150)}" rx="5" fill="#fff" opacity=".5"/>
	<rect x="-24" y="${y(-268)}" width="48" height="8" rx="3" fill="${dark(fill, 0.2)}"/>
	<rect x="-19" y="${y(-298)}" width="38" height="${y(31)}" rx="5" fill="${cap}"/>
	<path d="M-11 ${y(-294)}v${y(24)}M-4 ${y(-294)}v${y(24)}M3 ${y(-294)}v${y(24)}M10 ${y(-294)}v${y(24)}" stroke="${dark(cap, 0.25)}" stroke-width="2"/></g>`;
}

/** A bottle preform (the test tube a bottle is blown from). */
const preform = (color) =>
	`<path d="M-15 0Q-15 14 0 14Q15 14 15 0V-95H-15Z" fill="${color}" fill-opacity=".85" stroke="${dark(color, 0.35)}" stroke-width="2"/>
	<rect x="-21" y="-104" width="42" height="9" rx="3" fill="${dark(color, 0.2)}"/><rect x="-16" y="-126" width="32" height="22" fill="${color}" stroke="${dark(color, 0.35)}" stroke-width="2"/>`;

/** A wooden crate with things standing in it. */
function crate(items, { wood = C.ochre, width = 420 } = {}) {
	const half = width / 2;
	return `${shadow(half + 20)}${items}<rect x="${-half}" y="-120" width="${width}" height="120" fill="${wood}"/>
	<path d="M${-half} -80H${half}M${-half} -40H${half}" stroke="${dark(wood, 0.25)}" stroke-width="4"/>
	<rect x="${-half}" y="-120" width="${width}" height="120" fill="none" stroke="${dark(wood, 0.35)}" stroke-width="6"/>`;
}

/** Bottle caps seen from above, scattered in a heap. */
function caps(colors, n = 46, seed = 7) {
	const r = random(seed);
	let out = shadow(260, -10);
	for (let i = 0; i < n; i++) {
		const a = r() * Math.PI * 2;
		const d = Math.sqrt(r()) * 220;
		const x = Math.cos(a) * d;
		const y = -60 + Math.sin(a) * d * 0.35 - (220 - d) * 0.3;
		const c = colors[i % colors.length];
		out += `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="30" fill="${c}" stroke="${dark(c, 0.3)}" stroke-width="3"/><circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="19" fill="none" stroke="${light(c, 0.3)}" stroke-width="4"/>`;
	}
	return out;
}

/** A laptop whose screen shows `screen` (drawn in a 0..480 × 0..290 box). */
function laptop(screen, { body = '#3a4a4d', glow = C.paper } = {}) {
	return `${shadow(330)}<path d="M-320 0H320L290 -30H-290Z" fill="${dark(body, 0.1)}"/><rect x="-300" y="-38" width="600" height="14" rx="4" fill="${light(body, 0.15)}"/>
	<rect x="-260" y="-372" width="520" height="334" rx="14" fill="${body}"/>
	<svg x="-240" y="-352" width="480" height="290" viewBox="0 0 480 290"><rect width="480" height="290" fill="${glow}"/>${screen}</svg>`;
}

/** A phone standing up, its screen 180 × 340. */
function phone(screen, { body = C.ink, glow = C.paper } = {}) {
	return `${shadow(110)}<rect x="-105" y="-390" width="210" height="390" rx="26" fill="${body}"/>
	<svg x="-90" y="-370" width="180" height="340" viewBox="0 0 180 340"><rect width="180" height="340" fill="${glow}"/>${screen}</svg>
	<rect x="-22" y="-384" width="44" height="6" rx="3" fill="${light(body, 0.3)}"/>`;
}

/** Screens for the animation studio (all inside a 480 × 290 box unless said). */
const screens = {
	/** A bouncing ball with onion-skin frames and a timeline: the universal sign of animation. */
	bounce: (ball = C.terra) => {
		let out = `<rect width="480" height="210" fill="#f3e6c9"/><circle cx="400" cy="55" r="26" fill="${C.ochre}"/><path d="M0 175C120 150 260 168 480 150V210H0Z" fill="#d8c39a"/>`;
		const pts = [
			[50, 60],
			[95, 110],
			[135, 168],
			[178, 118],
			[218, 92],
			[258, 112],
			[298, 168],
			[340, 138],
		];
		pts.forEach(
			([x, y], i) =>
				(out += `<circle cx="${x}" cy="${y}" r="${i === pts.length - 1 ? 20 : 16}" fill="${ball}" opacity="${((i + 1) / pts.length).toFixed(2)}"/>`),
		);
		out += `<rect y="210" width="480" height="80" fill="${C.ink}"/><path d="M20 250H460" stroke="#51686b" stroke-width="4"/>`;
		[40, 120, 200, 300, 420].forEach((x) => (out += `<path d="M${x} 240l10 10-10 10-10-10Z" fill="${C.ochre}"/>`));
		return out + `<path d="M250 222V278" stroke="${C.terra}" stroke-width="4"/>`;
	},
	/** Balloons and confetti for an animated greeting. */
	greeting: () => {
		const r = random(11);
		let out = `<rect width="480" height="290" fill="#f6e7cf"/>`;
		for (let i = 0; i < 40; i++)
			out += `<rect x="${(r() * 480).toFixed(0)}" y="${(r() * 290).toFixed(0)}" width="8" height="4" fill="${[C.terra, C.teal, C.ochre][i % 3]}" transform="rotate(${(r() * 90).toFixed(0)} 240 145)"/>`;
		[
			[140, 120, C.terra],
			[220, 90, C.teal],
			[300, 130, C.ochre],
			[370, 100, C.river],
		].forEach(([x, y, c]) => {
			out += `<path d="M${x} ${y + 52}C${x - 10} ${y + 110} ${x + 14} ${y + 150} ${x} 290" stroke="${C.ink}" stroke-width="2" fill="none"/><ellipse cx="${x}" cy="${y}" rx="40" ry="52" fill="${c}"/><ellipse cx="${x - 14}" cy="${y - 18}" rx="8" ry="14" fill="#fff" opacity=".45"/>`;
		});
		return out + band(0, 0, 480, 40, C.terra, '#f6e7cf');
	},
	/** A logo (a rosette in a circle) growing and turning across frames. */
	logo: () => {
		let out = `<rect width="480" height="290" fill="${C.teal}"/>`;
		[
			[80, 0.45, 0.3],
			[190, 0.7, 0.55],
			[330, 1, 1],
		].forEach(([x, s, o], i) => {
			out += `<g opacity="${o}" transform="translate(${x} 140) rotate(${i * 30}) scale(${s})"><circle r="90" fill="${C.ochre}"/>${rosette(0, 0, 0.9, C.paper, 9)}</g>`;
		});
		return out;
	},
	/** A night scene for a fairy tale: a yurt under the moon. */
	tale: () =>
		`<rect width="480" height="290" fill="#23464b"/><circle cx="380" cy="70" r="34" fill="${C.paper}"/><circle cx="395" cy="60" r="30" fill="#23464b"/>
		${[
			[60, 50],
			[140, 90],
			[250, 40],
			[300, 110],
			[440, 150],
		]
			.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3" fill="${C.paper}"/>`)
			.join('')}
		<path d="M0 230C160 200 320 215 480 195V290H0Z" fill="#1a3538"/>${at(200, 240, 0.42, yurt({ felt: '#e8dcc4' }))}`,
};

/** A round tandyr flatbread in perspective, its centre pressed with a pattern. */
function flatbread({ crust = '#c98a3a', centre = '#e2b46a' } = {}) {
	let dots = '';
	for (let i = 0; i < 12; i++) {
		const a = (i / 12) * Math.PI * 2;
		dots += `<ellipse cx="${(Math.cos(a) * 48).toFixed(1)}" cy="${(-52 + Math.sin(a) * 15).toFixed(1)}" rx="4" ry="2.5" fill="${dark(centre, 0.35)}"/>`;
	}
	return `${shadow(135, 4)}<ellipse cx="0" cy="-38" rx="130" ry="46" fill="${dark(crust, 0.2)}"/><ellipse cx="0" cy="-52" rx="130" ry="46" fill="${crust}"/>
	<ellipse cx="0" cy="-52" rx="78" ry="26" fill="${centre}"/>${dots}<ellipse cx="-60" cy="-74" rx="30" ry="8" fill="#fff" opacity=".18"/>`;
}

/** A clay tandyr oven with its glowing mouth. */
function tandyr({ clay = C.terra } = {}) {
	return `${shadow(190)}<path d="M-175 0C-200 -160-120 -262-72 -272H72C120 -262 200 -160 175 0Z" fill="${clay}"/>
	<path d="M-160 -60C-60 -45 60 -45 160 -60M-178 -130C-60 -112 60 -112 178 -130M-150 -200C-60 -186 60 -186 150 -200" stroke="${dark(clay, 0.18)}" stroke-width="6" fill="none"/>
	<ellipse cx="0" cy="-272" rx="74" ry="20" fill="${C.ink}"/><ellipse cx="0" cy="-268" rx="52" ry="11" fill="#e0823a"/>`;
}

/** A tin loaf (кірпіш нан). */
const loaf = ({ crust = '#b9782f' } = {}) =>
	`${shadow(150)}<path d="M-135 0V-85C-135 -165 135 -165 135 -85V0Z" fill="${crust}"/><path d="M70 0V-125C110 -120 135 -100 135 -85V0Z" fill="${dark(crust, 0.15)}"/>
	<path d="M-80 -118l30 -22M-20 -128l30 -22M40 -124l28 -20" stroke="${light(crust, 0.35)}" stroke-width="9" stroke-linecap="round"/>`;

/** A round glazed bun (тоқаш) with seeds. */
const bun = ({ crust = '#c7843a' } = {}) =>
	`${shadow(70)}<path d="M-70 0C-80 -95 80 -95 70 0Z" fill="${crust}"/><ellipse cx="-20" cy="-52" rx="24" ry="10" fill="#fff" opacity=".25"/>
	${[
		[-30, -40],
		[10, -58],
		[30, -34],
		[-5, -28],
		[40, -55],
	]
		.map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="4" ry="2" fill="${C.paper}"/>`)
		.join('')}`;

/** A bowl (кесе/тостаған) with an ornament band, optionally full of liquid. */
function bowl({ body = C.paper, ornament = C.teal, liquid = null, w = 150 } = {}) {
	const h = w * 0.75;
	return `${shadow(w * 0.8)}<path d="M${-w} ${-h}C${-w * 0.95} ${-h * 0.1} ${-w * 0.45} 0 0 0C${w * 0.45} 0 ${w * 0.95} ${-h * 0.1} ${w} ${-h}Z" fill="${body}"/>
	<path d="M${-w * 0.93} ${-h * 0.62}C${-w * 0.5} ${-h * 0.5} ${w * 0.5} ${-h * 0.5} ${w * 0.93} ${-h * 0.62}" stroke="${ornament}" stroke-width="${w * 0.1}" fill="none"/>
	<ellipse cx="0" cy="${-h}" rx="${w}" ry="${w * 0.2}" fill="${dark(body, 0.08)}"/>
	${liquid ? `<ellipse cx="0" cy="${-h + 4}" rx="${w * 0.9}" ry="${w * 0.16}" fill="${liquid}"/><ellipse cx="${-w * 0.3}" cy="${-h + 2}" rx="${w * 0.22}" ry="${w * 0.04}" fill="#fff" opacity=".5"/>` : ''}`;
}

/** A heap of round or square pieces (бауырсақ, құрт, жент) on a plate. */
function heap({ color = '#c98a3a', shape = 'round', n = 15, size = 34, plate = C.paper, seed = 3 } = {}) {
	const r = random(seed);
	let out = `${shadow(230)}<ellipse cx="0" cy="-10" rx="230" ry="44" fill="${dark(plate, 0.1)}"/><ellipse cx="0" cy="-18" rx="210" ry="36" fill="${plate}"/>`;
	const rows = [6, 5, 3, 1];
	let i = 0;
	rows.forEach((count, row) => {
		for (let k = 0; k < count && i < n; k++, i++) {
			const x = (k - (count - 1) / 2) * size * 1.75 + (r() - 0.5) * 10;
			const y = -28 - row * size * 1.3 + (r() - 0.5) * 6;
			const c = mix(color, '#ffffff', r() * 0.15);
			if (shape === 'round')
				out += `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="${size}" fill="${c}" stroke="${dark(color, 0.2)}" stroke-width="2"/><circle cx="${(x - size * 0.35).toFixed(0)}" cy="${(y - size * 0.35).toFixed(0)}" r="${size * 0.25}" fill="#fff" opacity=".3"/>`;
			else if (shape === 'cube')
				out += `<g transform="translate(${x.toFixed(0)} ${y.toFixed(0)})"><path d="M0 ${-size}L${size} ${-size / 2}V${size / 2}L0 ${size}L${-size} ${size / 2}V${-size / 2}Z" fill="${dark(c, 0.15)}"/><path d="M0 ${-size}L${size} ${-size / 2}L0 0L${-size} ${-size / 2}Z" fill="${light(c, 0.2)}"/><path d="M0 0L${size} ${-size / 2}V${size / 2}L0 ${size}Z" fill="${dark(c, 0.3)}"/></g>`;
			else
				out += `<rect x="${(x - size).toFixed(0)}" y="${(y - size * 0.8).toFixed(0)}" width="${size * 2}" height="${size * 1.6}" rx="${size * 0.45}" fill="${c}" stroke="${dark(color, 0.25)}" stroke-width="2" transform="rotate(${((r() - 0.5) * 40).toFixed(0)} ${x.toFixed(0)} ${y.toFixed(0)})"/>`;
		}
	});
	return out;
}

/** A round cake of stacked tiers on a stand; `layers` shows sponge layers, `top` decorates it. */
function cake({ tiers = [{ w: 210, h: 150, color: '#e9c88a' }], cream = C.paper, layers = null, top = 'berries', ornament = null } = {}) {
	let out = `${shadow(250)}<path d="M-40 0L-25 -50H25L40 0Z" fill="${dark(C.paper, 0.12)}"/><ellipse cx="0" cy="-56" rx="250" ry="34" fill="${dark(C.paper, 0.08)}"/><ellipse cx="0" cy="-62" rx="250" ry="30" fill="${C.cream}"/>`;
	let y = -62;
	tiers.forEach(({ w, h, color }) => {
		const ry = w * 0.2;
		out += `<path d="M${-w} ${y}V${y - h}A${w} ${ry} 0 0 0 ${w} ${y - h}V${y}A${w} ${ry} 0 0 1 ${-w} ${y}Z" fill="${color}"/>`;
		if (layers)
			for (let k = 1; k < 5; k++)
				out += `<path d="M${-w} ${y - (h * k) / 5}A${w} ${ry} 0 0 0 ${w} ${y - (h * k) / 5}" stroke="${layers}" stroke-width="${h / 14}" fill="none"/>`;
		if (ornament) for (let k = -2; k <= 2; k++) out += horn(k * w * 0.38, y - h * 0.25 + Math.abs(k) * -ry * 0.35, h / 220, ornament, 0, 8);
		out += `<ellipse cx="0" cy="${y - h}" rx="${w}" ry="${ry}" fill="${cream}"/>`;
		let drip = `M${-w} ${y - h}`;
		for (let k = 0; k <= 10; k++) {
			const x = -w + (2 * w * k) / 10;
			drip += `L${x} ${y - h + Math.sin((k / 10) * Math.PI) * ry + (k % 2 ? h * 0.2 : h * 0.08)}`;
		}
		out += `<path d="${drip}L${w} ${y - h}Z" fill="${cream}"/>`;
		y -= h;
	});
	const topW = tiers.at(-1).w;
	if (top === 'berries')
		[-0.5, -0.15, 0.2, 0.5].forEach(
			(k, i) => (out += `<circle cx="${k * topW}" cy="${y - 12 + (i % 2) * 8}" r="${topW * 0.09}" fill="${C.terra}"/>`),
		);
	if (top === 'candles')
		[-0.3, 0, 0.3].forEach(
			(k) =>
				(out += `<rect x="${k * topW - 6}" y="${y - 70}" width="12" height="66" fill="${C.teal}"/><path d="M${k * topW} ${y - 94}c8 10 8 16 0 20c-8-4-8-10 0-20Z" fill="${C.ochre}"/>`),
		);
	if (top === 'crumbs') {
		const r = random(5);
		for (let k = 0; k < 40; k++)
			out += `<circle cx="${((r() - 0.5) * topW * 1.6).toFixed(0)}" cy="${(y + (r() - 0.5) * topW * 0.3).toFixed(0)}" r="${(3 + r() * 4).toFixed(1)}" fill="#d9a55a"/>`;
	}
	return out;
}

/** A round pie (бәліш) with a hole in its lid and a crimped rim. */
function pie({ crust = '#c78238' } = {}) {
	let crimp = '';
	for (let k = 0; k <= 16; k++) {
		const a = Math.PI + (k / 16) * Math.PI;
		crimp += `<path d="M${(Math.cos(a) * 205).toFixed(0)} ${(-26 + Math.sin(a) * -30).toFixed(0)}l${(Math.cos(a) * 18).toFixed(0)} 6" stroke="${dark(crust, 0.3)}" stroke-width="6" stroke-linecap="round"/>`;
	}
	return `${shadow(250)}<ellipse cx="0" cy="-10" rx="250" ry="40" fill="${C.cream}"/><path d="M-210 -20C-210 -170 210 -170 210 -20Z" fill="${crust}"/>
	<path d="M-210 -20C-120 0 120 0 210 -20" stroke="${dark(crust, 0.2)}" stroke-width="10" fill="none"/>
	<ellipse cx="0" cy="-122" rx="30" ry="12" fill="${dark(crust, 0.45)}"/><ellipse cx="-80" cy="-110" rx="46" ry="16" fill="#fff" opacity=".16"/>${crimp}`;
}

/** Eclairs in an open box. */
function eclairs({ dough = '#d9a55a', glaze = '#5a3a25', box = C.paper } = {}) {
	let out = `${shadow(300)}<path d="M-290 0H290L310 -150H-310Z" fill="${box}"/><path d="M-310 -150H310L280 -200H-280Z" fill="${dark(box, 0.08)}"/>`;
	for (let row = 0; row < 2; row++)
		for (let k = 0; k < 4; k++) {
			const x = -210 + k * 140 + row * 20;
			const y = -140 + row * 70;
			out += `<rect x="${x - 60}" y="${y - 26}" width="120" height="52" rx="26" fill="${dough}"/><rect x="${x - 55}" y="${y - 26}" width="110" height="24" rx="12" fill="${glaze}"/>`;
		}
	return (
		out +
		`<path d="M-290 0H290L310 -150H-310Z" fill="none" stroke="${dark(box, 0.2)}" stroke-width="4"/><path d="M-296 -40H296" stroke="${C.terra}" stroke-width="10"/>`
	);
}

/** A doner: flatbread rolled round meat and greens, half wrapped in paper. */
function doner({ paper = C.paper, bread = '#e0b46a' } = {}) {
	const bits = [
		[-40, -262, '#7a4226', 18],
		[-8, -272, '#8a4a2a', 20],
		[28, -262, '#7a4226', 17],
		[-22, -248, C.green, 12],
		[14, -250, C.green, 13],
		[46, -248, C.terra, 10],
		[-52, -246, C.terra, 9],
		[2, -284, C.green, 10],
	];
	return `${shadow(90)}<path d="M-78 -250L78 -250L32 0H-28Z" fill="${bread}"/><ellipse cx="0" cy="-250" rx="78" ry="22" fill="${dark(bread, 0.12)}"/>
	${bits.map(([x, y, c, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${c}"/>`).join('')}
	<path d="M-72 -196H76L36 0H-28Z" fill="${paper}"/><path d="M-60 -150H66M-48 -100H56" stroke="${C.terra}" stroke-width="8"/>`;
}

/** A burger. */
const burger = () =>
	`${shadow(170)}<rect x="-150" y="-55" width="300" height="55" rx="22" fill="#c98a3a"/><rect x="-160" y="-95" width="320" height="45" rx="18" fill="#6b3f26"/>
	<path d="M-160 -95H160L120 -60L80 -92L30 -55L-20 -92L-70 -62L-120 -92Z" fill="${C.ochre}"/><rect x="-150" y="-118" width="300" height="26" rx="10" fill="${C.terra}"/>
	<path d="M-170 -118C-140 -140-110 -110-80 -132S-20 -110 10 -132S70 -110 100 -132S150 -110 170 -120Z" fill="${C.green}"/>
	<path d="M-160 -125C-160 -260 160 -260 160 -125Z" fill="#d08f3e"/>${[
		[-70, -190],
		[-20, -215],
		[40, -200],
		[90, -175],
		[0, -170],
		[-100, -160],
	]
		.map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="8" ry="4" fill="${C.paper}"/>`)
		.join('')}`;

/** Three triangular samsa on a plate. */
function samsa({ crust = '#cf9446' } = {}) {
	const one = (x, y, r) =>
		`<g transform="translate(${x} ${y}) rotate(${r})"><path d="M-95 40Q-100 55-85 55H85Q100 55 95 40L12 -85Q0 -100-12 -85Z" fill="${crust}" stroke="${dark(crust, 0.3)}" stroke-width="4"/>
		${[
			[-20, 0],
			[15, -20],
			[30, 25],
			[-45, 30],
			[0, 30],
		]
			.map(([a, b]) => `<ellipse cx="${a}" cy="${b}" rx="5" ry="3" fill="${C.paper}"/>`)
			.join('')}</g>`;
	return `${shadow(250)}<ellipse cx="0" cy="-20" rx="250" ry="46" fill="${C.cream}"/>${one(-120, -75, -8)}${one(120, -75, 8)}${one(0, -130, 0)}`;
}

/** Fries in a paper box. */
function fries({ box = C.terra } = {}) {
	let sticks = '';
	for (let k = 0; k < 11; k++)
		sticks += `<rect x="${-95 + k * 18}" y="${-300 + (k % 3) * 25}" width="18" height="170" rx="4" fill="${k % 2 ? '#e7b95a' : '#d9a54a'}" transform="rotate(${(k - 5) * 2} 0 -150)"/>`;
	return `${shadow(120)}${sticks}<path d="M-120 -200H120L95 0H-95Z" fill="${box}"/><path d="M-120 -200C-60 -160 60 -160 120 -200" fill="${dark(box, 0.15)}"/>${horn(0, -50, 0.9, C.paper, 0, 9)}`;
}

/** A glass jar (балқаймақ, honey) with a cloth lid. */
const jar = ({ content = '#e8c27a', cloth = C.terra } = {}) =>
	`${shadow(110)}<path d="M-95 -20Q-95 0-75 0H75Q95 0 95 -20V-230H-95Z" fill="${content}"/><rect x="-95" y="-250" width="190" height="26" fill="${light(content, 0.4)}" opacity=".7"/>
	<path d="M-110 -250H110L95 -300H-95Z" fill="${cloth}"/><path d="M-118 -250l-10 40M118 -250l10 40" stroke="${cloth}" stroke-width="14" stroke-linecap="round"/>
	<rect x="-60" y="-170" width="120" height="80" rx="8" fill="${C.paper}"/>${horn(0, -105, 0.6, C.teal)}<rect x="-80" y="-220" width="14" height="190" rx="7" fill="#fff" opacity=".3"/>`;

/** A gift box with a ribbon and an ornament on its front. */
const giftBox = ({ box = C.teal, ribbon = C.ochre } = {}) =>
	`${shadow(230)}<path d="M-200 0V-200H200V0Z" fill="${box}"/><path d="M200 0V-200L250 -235V-35Z" fill="${dark(box, 0.25)}"/>
	<path d="M-200 -200L-150 -235H250L200 -200Z" fill="${light(box, 0.2)}"/><rect x="-20" y="-200" width="40" height="200" fill="${ribbon}"/>
	${rosette(-110, -100, 0.75, light(box, 0.5), 8)}${rosette(110, -100, 0.75, light(box, 0.5), 8)}
	<path d="M0 -225C-60 -300-120 -240-20 -222M0 -225C60 -300 120 -240 20 -222" stroke="${ribbon}" stroke-width="18" fill="none"/>`;

/** A plait of dried melon strips, as it is sold at the bazaar. */
function melonBraid({ color = '#d9a441' } = {}) {
	let out = shadow(300);
	for (let k = 0; k < 11; k++) {
		const x = -250 + k * 50;
		const y = -70 - (k % 2) * 20;
		out += `<path d="M${x - 45} ${y + 28}C${x - 20} ${y - 40} ${x + 30} ${y - 50} ${x + 48} ${y - 30}C${x + 20} ${y + 10} ${x - 10} ${y + 40} ${x - 45} ${y + 28}Z" fill="${k % 2 ? color : dark(color, 0.14)}" transform="scale(1 ${k % 2 ? -1 : 1}) translate(0 ${k % 2 ? 2 * y : 0})"/>`;
	}
	return (
		out +
		`<path d="M-300 -60C-330 -60-340 -100-320 -120M300 -80C330 -80 330 -40 310 -20" stroke="${dark(color, 0.35)}" stroke-width="10" stroke-linecap="round" fill="none"/>`
	);
}

/** Wrapped sweets with twisted ends, heaped on a plate. */
function sweets({ wrap = '#d9b34a', pattern = '#f0d98f', n = 9, seed = 6 } = {}) {
	const r = random(seed);
	let out = `${shadow(240)}<ellipse cx="0" cy="-10" rx="240" ry="44" fill="${dark(C.paper, 0.1)}"/><ellipse cx="0" cy="-18" rx="220" ry="36" fill="${C.paper}"/>`;
	const spots = [
		[-130, -50],
		[-10, -48],
		[110, -50],
		[-70, -105],
		[50, -105],
		[-10, -160],
		[170, -95],
		[-180, -95],
		[110, -150],
	].slice(0, n);
	spots.forEach(([x, y]) => {
		const a = ((r() - 0.5) * 50).toFixed(0);
		out += `<g transform="translate(${x} ${y}) rotate(${a})"><path d="M-52 0L-90 -26V26ZM52 0L90 -26V26Z" fill="${dark(wrap, 0.12)}"/><ellipse rx="58" ry="34" fill="${wrap}"/>
		<path d="M-40 -20L40 20M-40 20L40 -20M-10 -33L-10 33M14 -33L14 33" stroke="${pattern}" stroke-width="3"/></g>`;
	});
	return out;
}

/** A felt carpet: border band and a field of rosettes; `mosaic` alternates cell colours (сырмақ). */
function carpet({ w = 760, h = 500, bg = C.terra, border = C.ink, motif = C.paper, mosaic = null, tassels = false } = {}) {
	let out = `<rect x="${-w / 2}" y="${-h}" width="${w}" height="${h}" fill="${bg}"/>`;
	const b = h * 0.13;
	out += band(-w / 2, -h, w, b, motif, border) + band(-w / 2, -b, w, b, motif, border);
	const cols = 3;
	const rows = 2;
	const cw = (w - b) / cols;
	const ch = (h - 2 * b) / rows;
	for (let i = 0; i < cols; i++)
		for (let j = 0; j < rows; j++) {
			const x = -w / 2 + b / 2 + cw * (i + 0.5);
			const y = -h + b + ch * (j + 0.5);
			if (mosaic && (i + j) % 2)
				out += `<rect x="${x - cw / 2 + 6}" y="${y - ch / 2 + 6}" width="${cw - 12}" height="${ch - 12}" fill="${mosaic}"/>`;
			out += rosette(x, y, Math.min(cw, ch) / 190, mosaic && (i + j) % 2 ? bg : motif, 9);
		}
	if (tassels)
		for (let x = -w / 2 + 20; x < w / 2; x += 40)
			out += `<path d="M${x} 0v34" stroke="${border}" stroke-width="8" stroke-linecap="round"/>`;
	return out + `<rect x="${-w / 2}" y="${-h}" width="${w}" height="${h}" fill="none" stroke="${dark(border, 0.2)}" stroke-width="6"/>`;
}

/** A yurt (киіз үй) with its bau band and door. */
function yurt({ felt = C.paper, bau = C.terra, door = C.terra } = {}) {
	return `${shadow(240)}<path d="M-215 0V-130H215V0Z" fill="${felt}"/><path d="M-225 -130Q-160 -270-38 -300H38Q160 -270 225 -130Z" fill="${light(felt, 0.2)}"/>
	<path d="M-225 -130Q-160 -270-38 -300H38Q160 -270 225 -130" fill="none" stroke="${dark(felt, 0.12)}" stroke-width="4"/>
	${band(-215, -150, 430, 40, light(felt, 0.6), bau)}<ellipse cx="0" cy="-302" rx="40" ry="10" fill="${dark(felt, 0.3)}"/>
	<rect x="-42" y="-108" width="84" height="108" fill="${door}"/>${rosette(0, -55, 0.32, C.ochre, 10)}
	<path d="M-215 -40H-42M42 -40H215" stroke="${dark(felt, 0.1)}" stroke-width="3"/>`;
}

/** Garment on a hanger: shapan (long, sleeves), kamzol (short, no sleeves) or dress (flared). */
function garment({ kind = 'shapan', cloth = C.teal, trim = C.ochre } = {}) {
	const shapes = {
		shapan: 'M-80 -500L-210 -450L-250 -220L-195 -212L-165 -380L-160 0H160L165 -380L195 -212L250 -220L210 -450L80 -500Q0 -460-80 -500Z',
		kamzol: 'M-70 -500L-150 -470L-150 -200C-150 -180-120 -170-100 -170H100C120 -170 150 -180 150 -200L150 -470L70 -500Q0 -420-70 -500Z',
		dress:
			'M-70 -500L-150 -470L-185 -330L-140 -320L-120 -400L-110 -300L-230 0H230L110 -300L120 -400L140 -320L185 -330L150 -470L70 -500Q0 -460-70 -500Z',
	};
	const bottom = kind === 'kamzol' ? -170 : 0;
	const front = kind === 'dress' ? '' : `<path d="M-8 -492V${bottom}M8 -492V${bottom}" stroke="${trim}" stroke-width="14"/>`;
	const hem =
		kind === 'kamzol'
			? band(-150, -230, 300, 50, trim, 'none')
			: band(kind === 'dress' ? -205 : -160, -70, kind === 'dress' ? 410 : 320, 60, trim, 'none');
	return `${shadow(kind === 'dress' ? 240 : 170, 20)}<path d="M0 -560V-520M0 -560c0-20 26-20 26-4" stroke="${C.ink}" stroke-width="6" fill="none"/><path d="M-120 -500L0 -530L120 -500" stroke="${C.ink}" stroke-width="8" fill="none"/>
	<path d="${shapes[kind]}" fill="${cloth}"/>${front}${hem}`;
}

/** A sewing machine with a length of cloth. */
const sewingMachine = ({ body = C.teal, cloth = C.terra } = {}) =>
	`${shadow(260)}<path d="M-260 0L-200 -60H260L200 0Z" fill="${cloth}"/>${band(-200, -46, 400, 34, C.ochre, 'none')}
	<rect x="-220" y="-90" width="420" height="40" rx="10" fill="${dark(body, 0.15)}"/><path d="M120 -90V-300H-170Q-200 -300-200 -270V-220H-140V-250H80V-90Z" fill="${body}"/>
	<rect x="-190" y="-220" width="30" height="70" fill="${dark(body, 0.2)}"/><path d="M-175 -150V-100" stroke="${C.ink}" stroke-width="4"/>
	<circle cx="150" cy="-220" r="50" fill="${C.ochre}"/><circle cx="150" cy="-220" r="14" fill="${dark(C.ochre, 0.3)}"/><rect x="-20" y="-290" width="26" height="46" rx="6" fill="${C.paper}"/>`;

/** Scissors and a spool of thread. */
const scissorsAndSpool = ({ thread = C.terra } = {}) =>
	`${shadow(260)}<g transform="translate(-110 -40) rotate(-20)"><circle cx="-70" cy="0" r="36" fill="none" stroke="${C.teal}" stroke-width="16"/><circle cx="-70" cy="80" r="36" fill="none" stroke="${C.teal}" stroke-width="16"/>
	<path d="M-40 15L200 60L-35 60Z" fill="#c9cfd0"/><path d="M-40 65L200 20L-35 25Z" fill="#aeb6b8"/></g>
	<g transform="translate(170 0)"><rect x="-60" y="-200" width="120" height="20" fill="${C.ochre}"/><rect x="-60" y="-20" width="120" height="20" fill="${C.ochre}"/><rect x="-48" y="-180" width="96" height="160" fill="${thread}"/>
	${[0, 1, 2, 3, 4, 5].map((k) => `<path d="M-48 ${-170 + k * 26}L48 ${-160 + k * 26}" stroke="${dark(thread, 0.2)}" stroke-width="3"/>`).join('')}</g>`;

/** A cut of meat on a board; `bone` adds a round bone (mutton), `marble` the fat streaks (beef). */
function meat({ flesh = '#a8423a', fat = '#f2e3d0', bone = false, marble = false, board = C.ochre } = {}) {
	return `${shadow(300)}<rect x="-300" y="-40" width="560" height="40" rx="14" fill="${dark(board, 0.15)}"/><rect x="-300" y="-70" width="560" height="40" rx="14" fill="${board}"/><rect x="255" y="-64" width="70" height="28" rx="12" fill="${board}"/>
	<path d="M-220 -80C-260 -180-120 -250 20 -230C170 -210 220 -140 190 -90C160 -60-180 -50-220 -80Z" fill="${fat}"/>
	<path d="M-195 -92C-230 -170-110 -228 20 -210C150 -192 190 -140 168 -100C140 -75-160 -68-195 -92Z" fill="${flesh}"/>
	${marble ? `<path d="M-120 -160C-60 -140-20 -180 40 -150M-40 -110C20 -130 60 -100 120 -130M-150 -120C-120 -110-100 -130-80 -120" stroke="${fat}" stroke-width="6" fill="none" opacity=".8"/>` : ''}
	${bone ? `<circle cx="-40" cy="-150" r="26" fill="${C.cream}"/><circle cx="-40" cy="-150" r="10" fill="#d8c7a8"/>` : ''}`;
}

/** A qazy sausage with slices cut from it. */
function qazy({ skin = '#6e3a2a', meat = '#a8423a', fat = '#f2e3d0' } = {}) {
	let out = `${shadow(300)}<rect x="-300" y="-50" width="560" height="50" rx="14" fill="${C.ochre}"/>`;
	out += `<rect x="-280" y="-150" width="330" height="100" rx="50" fill="${skin}"/><path d="M-250 -130H10" stroke="${light(skin, 0.25)}" stroke-width="8" stroke-linecap="round"/>`;
	[
		[100, -95],
		[175, -90],
		[140, -160],
		[220, -150],
	].forEach(
		([x, y]) =>
			(out += `<ellipse cx="${x}" cy="${y}" rx="44" ry="40" fill="${skin}"/><ellipse cx="${x}" cy="${y}" rx="38" ry="34" fill="${fat}"/><ellipse cx="${x + 5}" cy="${y + 3}" rx="22" ry="20" fill="${meat}"/>`),
	);
	return out;
}

/** A piece of wind-dried meat hanging from a hook. */
const hangingMeat = ({ flesh = '#7a3328' } = {}) =>
	`<path d="M0 -520V-460M0 -460c-20 0-20 26 0 30" stroke="${C.ink}" stroke-width="7" fill="none"/>
	<path d="M-90 -430C-40 -450 60 -450 100 -420C130 -300 110 -120 40 -60C0 -40-60 -60-90 -120C-120 -220-120 -360-90 -430Z" fill="${flesh}"/>
	<path d="M-60 -380C-20 -330 20 -340 60 -300M-70 -240C-20 -200 30 -230 70 -180" stroke="#e6d3b8" stroke-width="8" fill="none" opacity=".7"/>`;

/** A fish, origin at its centre, facing left; `stripes` draws the dark bars of a zander. */
function fish({ body = '#8fa7a0', belly = '#dfe3d6', fin = '#b5573a', stripes = false } = {}) {
	let bars = '';
	if (stripes)
		for (let k = 0; k < 6; k++)
			bars += `<path d="M${-90 + k * 36} -55q-6 30 0 60" stroke="${dark(body, 0.35)}" stroke-width="10" stroke-linecap="round" opacity=".6"/>`;
	return `<path d="M-40 -58L-10 -95L50 -60Z" fill="${fin}"/><path d="M-170 0C-110 -75 70 -70 130 -10L215 -62L198 0L215 62L130 10C70 70-110 75-170 0Z" fill="${body}"/>
	<path d="M-165 6C-100 55 60 60 128 12C60 28-100 30-165 6Z" fill="${belly}"/>${bars}<path d="M-105 -30C-90 -10-90 10-105 30" stroke="${dark(body, 0.3)}" stroke-width="5" fill="none"/>
	<circle cx="-135" cy="-12" r="9" fill="${C.ink}"/><circle cx="-137" cy="-14" r="3" fill="#fff"/><path d="M0 30L40 55L50 30Z" fill="${fin}"/>`;
}

/** Fish hanging by their tails from a line, drying or smoked. */
function fishLine(colors, { line = C.ink } = {}) {
	let out = `<path d="M-420 -560Q0 -520 420 -560" stroke="${line}" stroke-width="6" fill="none"/>`;
	colors.forEach((c, k) => {
		const x = -300 + (k * 600) / (colors.length - 1);
		out += `<path d="M${x} -545v40" stroke="${line}" stroke-width="4"/>${at(x, -290, 1.05, fish({ body: c, belly: light(c, 0.35), fin: dark(c, 0.2) }), -90)}`;
	});
	return out;
}

/** Fish cutlets in a tray. */
function cutlets({ crust = '#8a5a30', tray = C.paper } = {}) {
	let out = `${shadow(260)}<path d="M-260 -100H260L230 0H-230Z" fill="${tray}"/><path d="M-260 -100H260" stroke="${dark(tray, 0.15)}" stroke-width="8"/>`;
	[-165, -55, 55, 165].forEach(
		(x, k) =>
			(out += `<ellipse cx="${x}" cy="${-70 - (k % 2) * 14}" rx="62" ry="34" fill="${crust}"/><ellipse cx="${x - 16}" cy="${-80 - (k % 2) * 14}" rx="22" ry="8" fill="#fff" opacity=".2"/>`),
	);
	return out + band(-200, -40, 400, 36, C.river, 'none');
}

/** An elongated Kazaly melon with its net, and a slice. */
function melon({ skin = '#d6ae4a', net = '#efd58f', flesh = '#f2e2b0', slice = true } = {}) {
	let nets = '';
	for (let k = -4; k <= 4; k++)
		nets += `<path d="M${k * 40 - 60} -230Q${k * 40} -110 ${k * 40 + 60} 10" stroke="${net}" stroke-width="4" fill="none"/><path d="M${k * 40 + 60} -230Q${k * 40} -110 ${k * 40 - 60} 10" stroke="${net}" stroke-width="3" fill="none"/>`;
	return `${shadow(260)}<clipPath id="melon-clip"><ellipse cx="-40" cy="-110" rx="200" ry="110"/></clipPath><ellipse cx="-40" cy="-110" rx="200" ry="110" fill="${skin}"/>
	<g clip-path="url(#melon-clip)">${nets}</g><path d="M-245 -120q-20 -20 -5 -36" stroke="${C.green}" stroke-width="8" fill="none"/>
	${
		slice
			? `<path d="M90 -10C150 -120 300 -130 330 -40Z" fill="${flesh}"/><path d="M90 -10C150 -120 300 -130 330 -40" stroke="${skin}" stroke-width="16" fill="none"/>${[
					[170, -60],
					[210, -70],
					[250, -65],
					[285, -55],
				]
					.map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="7" ry="4" fill="#c8a75a"/>`)
					.join('')}`
			: ''
	}`;
}

/** A watermelon with a slice. */
function watermelon({ skin = '#3f6e4a', stripe = '#27493a', flesh = '#c8503d' } = {}) {
	let stripes = '';
	for (let k = -4; k <= 4; k++)
		stripes += `<path d="M${k * 45 - 40} -250C${k * 45 + 10} -160 ${k * 45 - 30} -70 ${k * 45 - 10} 20" stroke="${stripe}" stroke-width="16" fill="none"/>`;
	return `${shadow(240)}<clipPath id="wm-clip"><circle cx="-60" cy="-150" r="150"/></clipPath><circle cx="-60" cy="-150" r="150" fill="${skin}"/><g clip-path="url(#wm-clip)">${stripes}</g>
	<path d="M70 -10L330 -10C330 -150 70 -150 70 -10Z" fill="${flesh}"/><path d="M70 -10C70 -150 330 -150 330 -10" stroke="${skin}" stroke-width="18" fill="none"/><path d="M70 -10H330" stroke="${light(skin, 0.5)}" stroke-width="6"/>
	${[
		[150, -50],
		[200, -80],
		[250, -50],
		[200, -35],
		[280, -30],
		[120, -30],
	]
		.map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="6" ry="9" fill="${C.ink}"/>`)
		.join('')}`;
}

/** A sack of rice with grains spilling out. */
function riceSack({ sack = '#d8c39a', rice = '#fbf7ee' } = {}) {
	const r = random(21);
	let grains = '';
	for (let k = 0; k < 90; k++) {
		const x = 170 + r() * 170;
		const peak = 60 * Math.sin(((x - 170) / 170) * Math.PI);
		grains += `<ellipse cx="${x.toFixed(0)}" cy="${(-4 - r() * peak).toFixed(0)}" rx="7" ry="3" fill="${rice}" stroke="#d5cbb5" transform="rotate(${(r() * 180).toFixed(0)} ${x.toFixed(0)} -10)"/>`;
	}
	return `${shadow(260)}<path d="M-180 0C-220 -120-200 -260-150 -330H150C200 -260 220 -120 180 0Z" fill="${sack}"/>
	<ellipse cx="0" cy="-330" rx="150" ry="34" fill="${dark(sack, 0.2)}"/><ellipse cx="0" cy="-336" rx="132" ry="26" fill="${rice}"/>
	${band(-170, -200, 340, 60, C.teal, 'none')}<path d="M-150 -330C-120 -300 120 -300 150 -330" stroke="${dark(sack, 0.25)}" stroke-width="6" fill="none"/>${grains}`;
}

/** A row of melons lying in a field. */
function melonField({ skin = '#d6ae4a' } = {}) {
	let out = '';
	for (let row = 0; row < 3; row++) {
		const y = -row * 70;
		const s = 1 - row * 0.22;
		out += `<path d="M-600 ${y + 10}Q0 ${y - 20} 600 ${y + 10}" stroke="${C.green}" stroke-width="${14 * s}" fill="none" opacity=".7"/>`;
		for (let k = -3; k <= 3; k++)
			out += `<ellipse cx="${k * 170 * s + row * 40}" cy="${y - 30 * s}" rx="${70 * s}" ry="${42 * s}" fill="${row % 2 ? dark(skin, 0.08) : skin}"/>`;
	}
	return out;
}

/** A row of triangular flags for a celebration. */
function bunting(colors, { y = 40, sag = 70 } = {}) {
	let out = `<path d="M0 ${y}Q600 ${y + 2 * sag} 1200 ${y}" stroke="${C.ink}" stroke-width="4" fill="none"/>`;
	for (let k = 0; k < 13; k++) {
		const x = 50 + k * 92;
		const t = x / 1200;
		const yy = y + 4 * sag * t * (1 - t);
		out += `<path d="M${x - 30} ${yy}H${x + 30}L${x} ${yy + 60}Z" fill="${colors[k % colors.length]}"/>`;
	}
	return out;
}

/** A low table (дастарқан) laid with plates, bowls and a teapot. */
function dastarkhan({ cloth = C.terra } = {}) {
	let out = `${shadow(420)}<path d="M-420 -30H420L380 -150H-380Z" fill="${cloth}"/><path d="M-420 -30H420V0H-420Z" fill="${dark(cloth, 0.2)}"/>`;
	[
		[-260, -90],
		[-90, -110],
		[90, -110],
		[260, -90],
		[0, -70],
	].forEach(
		([x, y]) =>
			(out += `<ellipse cx="${x}" cy="${y}" rx="70" ry="20" fill="${C.cream}"/><ellipse cx="${x}" cy="${y}" rx="46" ry="12" fill="${C.sand}"/>`),
	);
	out += at(-170, -60, 0.3, bowl({ liquid: '#b9782f' })) + at(170, -60, 0.3, bowl({ liquid: '#b9782f' }));
	return (
		out +
		`<path d="M-60 -150C-70 -230 70 -230 60 -150Z" fill="${C.teal}"/><path d="M60 -185l55 -30" stroke="${C.teal}" stroke-width="12" stroke-linecap="round"/><circle cx="0" cy="-210" r="10" fill="${C.ochre}"/>`
	);
}

/** A ball of yarn. */
function yarnBall(wool) {
	let lines = '';
	for (let k = -3; k <= 3; k++)
		lines += `<path d="M${k * 22 - 30} -190Q${k * 22 + 40} -100 ${k * 22 - 10} -10" stroke="${dark(wool, 0.18)}" stroke-width="5" fill="none"/>`;
	return `${shadow(100)}<clipPath id="yarn-${wool.slice(1)}"><circle cx="0" cy="-100" r="95"/></clipPath><circle cx="0" cy="-100" r="95" fill="${wool}"/><g clip-path="url(#yarn-${wool.slice(1)})">${lines}</g>
	<path d="M90 -60C140 -30 160 -10 200 -4" stroke="${wool}" stroke-width="6" fill="none"/>`;
}

/** A knitted sock. */
const sock = ({ wool = C.sand } = {}) =>
	`${shadow(120)}<path d="M-40 -330H50V-110C50 -60 90 -50 110 -40C140 -20 120 0 80 0H-30C-60 0-70 -30-55 -60C-45 -80-40 -100-40 -130Z" fill="${wool}"/>
	<rect x="-45" y="-340" width="100" height="40" fill="${dark(wool, 0.2)}"/>${band(-40, -260, 90, 60, C.paper, 'none')}
	<path d="M-40 -330V-130" stroke="${dark(wool, 0.1)}" stroke-width="4"/>`;

/** A knitted sweater laid flat. */
const sweater = ({ wool = C.sand } = {}) =>
	`${shadow(240, 10)}<path d="M-80 -560L-230 -500L-290 -200L-220 -185L-180 -380L-175 -40H175L180 -380L220 -185L290 -200L230 -500L80 -560Q0 -500-80 -560Z" fill="${wool}"/>
	<rect x="-175" y="-80" width="350" height="40" fill="${dark(wool, 0.15)}"/>${band(-175, -360, 350, 80, C.paper, 'none')}<path d="M-80 -560Q0 -500 80 -560" stroke="${dark(wool, 0.25)}" stroke-width="14" fill="none"/>`;

/** A folded quilt (көрпе) with a stitched pattern. */
function quilt({ top = C.terra } = {}) {
	let out = shadow(330);
	[0, 1, 2].forEach((k) => {
		const y = -k * 80;
		const c = k % 2 ? dark(top, 0.12) : top;
		out += `<rect x="${-300 + k * 10}" y="${y - 80}" width="${600 - k * 20}" height="80" rx="30" fill="${c}"/>`;
	});
	return out + `<rect x="-280" y="-240" width="560" height="80" rx="30" fill="${top}"/>${band(-240, -230, 480, 60, C.ochre, 'none')}`;
}

/** A triangular knitted shawl (шәлі) with a fringe, hung from a rod. */
function shawl({ wool = C.sand, ornament = C.teal } = {}) {
	let fringe = '';
	for (let k = 1; k < 14; k++) {
		const t = k / 14;
		fringe += `<path d="M${(-320 * (1 - t)).toFixed(0)} ${(-440 + 400 * t).toFixed(0)}l-14 40M${(320 * (1 - t)).toFixed(0)} ${(-440 + 400 * t).toFixed(0)}l14 40" stroke="${dark(wool, 0.2)}" stroke-width="6" stroke-linecap="round"/>`;
	}
	return `<path d="M-380 -450H380" stroke="${C.ink}" stroke-width="10" stroke-linecap="round"/>${fringe}<path d="M-330 -450H330L0 -30Z" fill="${wool}"/>
	${band(-250, -440, 500, 70, ornament, 'none')}${rosette(0, -240, 0.8, ornament, 9)}<path d="M-150 -330L0 -140L150 -330" stroke="${ornament}" stroke-width="6" fill="none"/>`;
}

// ---------------------------------------------------------------- composition

/** A whole picture: a background and subjects placed on it. */
const picture = (background, ...subjects) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${background}${subjects.join('')}</svg>`;

const row = (n, x0, dx, y, s, draw) => Array.from({ length: n }, (_, k) => at(x0 + k * dx, y, s, draw(k))).join('');

/** Every photo of every sample entry: slug -> file -> picture. */
const photos = {
	'aqbala-plastik': {
		'workshop.jpg': picture(
			room({ wall: C.sand, table: '#9aa8a3', ornament: C.teal }),
			row(7, 150, 150, 800, 1.25, (k) => bottle({ cap: [C.terra, C.teal, C.ochre][k % 3], label: null })),
		),
		'preforms.jpg': picture(studio({ bg: C.river }), at(600, 790, 1.8, crate(row(9, -200, 50, -100, 1, () => preform('#a8d6d8'))))),
		'bottle-05.jpg': picture(studio({ bg: C.teal }), at(600, 800, 2.1, bottle({ tall: 0.8, cap: C.terra }))),
		'bottle-1.jpg': picture(studio({ bg: C.ochre }), at(600, 810, 1.8, bottle({ cap: C.teal, label: C.paper }))),
		'bottle-15.jpg': picture(studio({ bg: C.river }), at(600, 815, 1.6, bottle({ tall: 1.25, cap: C.ochre, label: C.terra }))),
		'bottle-2.jpg': picture(
			studio({ bg: C.sand, dots: C.ochre }),
			at(600, 820, 1.5, bottle({ tall: 1.4, fill: '#b07a45', cap: C.ink, label: C.paper })),
		),
		'caps.jpg': picture(studio({ bg: C.ink }), at(600, 780, 1.6, caps([C.terra, C.teal, C.ochre, C.paper, C.river], 70))),
	},
	'nurjan-animatsiia': {
		'studio.jpg': picture(room({ wall: '#dfe7e2', table: C.ochre, ornament: C.river }), at(600, 790, 1.2, laptop(screens.bounce()))),
		'storyboard.jpg': picture(
			studio({ bg: C.ink, disc: '#2b3b3d' }),
			at(330, 740, 0.62, laptop(screens.tale())),
			at(870, 740, 0.62, laptop(screens.logo())),
		),
		'advert.jpg': picture(
			studio({ bg: C.terra }),
			at(
				600,
				780,
				1.4,
				phone(
					`<rect width="180" height="340" fill="#f3e6c9"/>${at(90, 230, 0.55, flatbread())}<circle cx="90" cy="95" r="36" fill="${C.teal}"/><path d="M80 78l28 17-28 17Z" fill="${C.paper}"/>`,
				),
			),
		),
		'greeting.jpg': picture(studio({ bg: C.river }), at(600, 790, 1.2, laptop(screens.greeting()))),
		'logo.jpg': picture(studio({ bg: C.sand, dots: C.ochre }), at(600, 790, 1.2, laptop(screens.logo(), { glow: C.teal }))),
		'tale.jpg': picture(studio({ bg: C.teal }), at(600, 790, 1.2, laptop(screens.tale()))),
		'stories.jpg': picture(
			studio({ bg: C.ochre }),
			row(3, 330, 270, 760, 1, (k) =>
				phone(
					`<rect width="180" height="340" fill="${[C.terra, C.teal, C.river][k]}"/>${[rosette(90, 150, 0.6, C.paper, 9), at(90, 230, 0.35, cake()), at(90, 250, 0.5, bottle({ cap: C.ochre }))][k]}<rect x="14" y="12" width="152" height="5" rx="2" fill="${C.paper}" opacity=".7"/>`,
				),
			),
		),
	},
	'damdi-naubaihanasy': {
		'tandyr.jpg': picture(
			steppe({ ground: '#dcc8a0' }),
			at(380, 770, 1.3, tandyr()),
			at(850, 810, 1.1, flatbread()),
			at(900, 700, 0.8, flatbread()),
		),
		'shelves.jpg': picture(
			room({ wall: C.sand, table: '#8c5a34', ornament: C.terra }),
			row(3, 250, 350, 740, 0.95, () => loaf()),
			row(5, 160, 220, 880, 0.9, () => bun()),
		),
		'tandyr-nan.jpg': picture(studio({ bg: C.teal }), at(600, 780, 2.9, flatbread())),
		'qalyp-nan.jpg': picture(studio({ bg: C.river }), at(600, 780, 2.4, loaf())),
		'toqash.jpg': picture(
			studio({ bg: C.terra }),
			at(760, 700, 2, bun({ crust: '#b9762f' })),
			at(440, 740, 2.3, bun()),
			at(680, 810, 2.4, bun()),
		),
		'bauyrsaq.jpg': picture(studio({ bg: C.teal }), at(600, 800, 1.9, heap({ color: '#c98a3a', shape: 'square', n: 15, size: 30 }))),
	},
	'aru-torttary': {
		'cake.jpg': picture(
			room({ wall: '#f1e2d2', table: C.river, ornament: C.terra }),
			at(
				600,
				830,
				1.3,
				cake({
					tiers: [
						{ w: 220, h: 130, color: '#f2d6c4' },
						{ w: 150, h: 110, color: '#f2d6c4' },
					],
					cream: C.paper,
					ornament: C.terra,
					top: 'candles',
				}),
			),
		),
		'showcase.jpg': picture(room({ wall: C.sand, table: C.teal, ornament: C.ochre }), at(600, 830, 1.4, eclairs())),
		'bal-tort.jpg': picture(
			studio({ bg: C.teal }),
			at(600, 790, 1.45, cake({ tiers: [{ w: 220, h: 190, color: '#c98a3a' }], layers: '#f2e0b8', cream: '#e7c17a', top: 'crumbs' })),
		),
		'toi-tort.jpg': picture(
			studio({ bg: C.terra }),
			at(
				600,
				820,
				1.2,
				cake({
					tiers: [
						{ w: 230, h: 120, color: C.paper },
						{ w: 170, h: 100, color: C.paper },
						{ w: 110, h: 90, color: C.paper },
					],
					cream: '#fff',
					ornament: C.ochre,
					top: 'berries',
				}),
			),
		),
		'napoleon.jpg': picture(
			studio({ bg: C.river }),
			at(600, 790, 1.45, cake({ tiers: [{ w: 220, h: 170, color: '#e8c98f' }], layers: '#fbf2dc', cream: '#f2e0b8', top: 'crumbs' })),
		),
		'balish.jpg': picture(studio({ bg: C.ochre }), at(600, 760, 1.55, pie())),
		'ekler.jpg': picture(studio({ bg: C.teal }), at(600, 790, 1.3, eclairs())),
	},
	'beket-fastfud': {
		'counter.jpg': picture(
			room({ wall: '#f0d9c4', table: C.teal, ornament: C.terra }),
			at(330, 820, 1.2, doner()),
			at(620, 830, 0.95, fries()),
			at(900, 830, 0.9, burger()),
		),
		'doner.jpg': picture(studio({ bg: C.ochre }), at(600, 800, 1.9, doner())),
		'burger.jpg': picture(studio({ bg: C.teal }), at(600, 770, 1.9, burger())),
		'samsa.jpg': picture(studio({ bg: C.terra }), at(600, 770, 1.5, samsa())),
		'fri.jpg': picture(studio({ bg: C.river }), at(600, 800, 1.6, fries({ box: C.terra }))),
		'combo.jpg': picture(
			studio({ bg: C.ink, disc: '#2b3b3d' }),
			at(370, 780, 1.3, doner()),
			at(640, 780, 1, fries()),
			at(880, 780, 0.55, bowl({ liquid: '#9a5a2a' })),
		),
	},
	'qazaly-tattileri': {
		'sweets.jpg': picture(
			room({ wall: C.sand, table: C.terra, ornament: C.teal }),
			at(330, 830, 1.15, giftBox()),
			at(850, 860, 1.1, heap({ color: '#d9b36a', shape: 'cube', n: 14, size: 30 })),
		),
		'zhent.jpg': picture(studio({ bg: C.teal }), at(600, 790, 1.5, heap({ color: '#d9b36a', shape: 'cube', n: 15, size: 30, seed: 9 }))),
		'qurt.jpg': picture(studio({ bg: C.ochre }), at(600, 790, 1.5, heap({ color: '#5a3a25', shape: 'round', n: 15, size: 32, seed: 4 }))),
		'balqaimaq.jpg': picture(studio({ bg: C.river }), at(600, 780, 1.5, jar())),
		'box.jpg': picture(studio({ bg: C.terra }), at(570, 780, 1.35, giftBox({ box: C.teal }))),
		'qauyn-kampiti.jpg': picture(studio({ bg: C.teal }), at(600, 790, 1.6, sweets())),
	},
	'oiu-ornek-sheberhanasy': {
		'tekemet.jpg': picture(
			room({ wall: '#efe4cc', table: '#a77a4a', ornament: C.terra, horizon: 700 }),
			at(600, 760, 1.1, carpet({ bg: C.terra, border: C.ink, motif: C.paper, tassels: true })),
		),
		'yurt.jpg': picture(steppe(), at(600, 760, 1.5, yurt())),
		'tekemet-product.jpg': picture(
			studio({ bg: C.sand, dots: C.ochre }),
			at(600, 760, 1.2, carpet({ bg: C.teal, border: C.terra, motif: C.paper })),
		),
		'syrmaq.jpg': picture(
			studio({ bg: C.ink, disc: '#2b3b3d' }),
			at(600, 760, 1.2, carpet({ bg: C.terra, border: C.ochre, motif: C.paper, mosaic: C.teal })),
		),
		'tuskiiz.jpg': picture(
			room({ wall: C.sand, table: '#a77a4a', ornament: C.ochre, horizon: 760 }),
			at(600, 640, 0.95, carpet({ w: 760, h: 420, bg: C.ink, border: C.terra, motif: C.ochre, tassels: true })),
		),
		'kadesyi.jpg': picture(studio({ bg: C.river }), at(380, 760, 0.9, yurt()), at(820, 760, 0.65, yurt({ bau: C.teal, door: C.teal }))),
	},
	'aq-dastarqan': {
		'farm.jpg': picture(
			steppe({ ground: '#e2cf9f' }),
			at(420, 820, 1.3, bowl({ liquid: '#f4efe2' })),
			at(820, 830, 1.25, bottle({ fill: '#f4efe2', cap: C.teal, label: C.teal })),
		),
		'shubat.jpg': picture(studio({ bg: C.teal }), at(600, 820, 1.8, bottle({ fill: '#f4efe2', cap: C.ochre, label: C.terra }))),
		'qymyz.jpg': picture(studio({ bg: C.terra }), at(600, 760, 1.9, bowl({ liquid: '#f1ecdf', ornament: C.teal }))),
		'airan.jpg': picture(studio({ bg: C.river }), at(600, 810, 1.95, bottle({ fill: '#fbf7ee', cap: C.teal, label: C.river, tall: 0.9 }))),
		'irimshik.jpg': picture(
			studio({ bg: C.ochre }),
			at(600, 780, 1.5, heap({ color: '#e8cfa0', shape: 'square', n: 12, size: 34, seed: 12 })),
		),
		'qurt.jpg': picture(studio({ bg: C.teal }), at(600, 780, 1.5, heap({ color: '#f1ead8', shape: 'round', n: 15, size: 32 }))),
	},
	'bereke-et-dukeni': {
		'shop.jpg': picture(room({ wall: '#efe4cc', table: C.teal, ornament: C.terra }), at(560, 830, 1.3, meat({ bone: true }))),
		'qoi-eti.jpg': picture(studio({ bg: C.teal }), at(600, 760, 1.4, meat({ bone: true }))),
		'siyr-eti.jpg': picture(studio({ bg: C.ochre }), at(600, 760, 1.4, meat({ marble: true, flesh: '#9a3530' }))),
		'qazy.jpg': picture(studio({ bg: C.river }), at(600, 760, 1.4, qazy())),
		'sur-et.jpg': picture(steppe({ sky: '#efe3c8' }), at(600, 800, 1.2, hangingMeat())),
	},
	'kokserke-balyq-tsehy': {
		'smokehouse.jpg': picture(steppe(), at(600, 800, 1.05, fishLine(['#b98a4a', '#a77a3f', '#c49656', '#9c7040']))),
		'catch.jpg': picture(
			steppe({ horizon: 420 }),
			at(
				600,
				830,
				1.35,
				crate(at(-90, -150, 0.9, fish({ stripes: true }), -12) + at(90, -120, 0.9, fish({ body: '#a39a6a' }), 10), { width: 560 }),
			),
		),
		'kokserke.jpg': picture(
			studio({ bg: C.teal }),
			at(600, 520, 1.9, fish({ body: '#b98a4a', belly: '#e2c38a', fin: '#8a5a2a', stripes: true })),
		),
		'taban.jpg': picture(studio({ bg: C.ochre }), at(600, 520, 1.9, fish({ body: '#9a8a5a', belly: '#d9ceb0', fin: '#6e5a3a' }))),
		'sazan.jpg': picture(studio({ bg: C.river }), at(600, 520, 1.9, fish({ body: '#8a8a4a', belly: '#e0d7a8', fin: C.terra }))),
		'kotlet.jpg': picture(studio({ bg: C.terra }), at(600, 760, 1.5, cutlets())),
	},
	'asem-atelesi': {
		'atelier.jpg': picture(room({ wall: '#efe4cc', table: '#a77a4a', ornament: C.teal }), at(600, 780, 1.3, sewingMachine())),
		'shapan.jpg': picture(
			studio({ bg: C.sand, dots: C.ochre }),
			at(600, 860, 1.35, garment({ kind: 'shapan', cloth: C.teal, trim: C.ochre })),
		),
		'kamzol.jpg': picture(studio({ bg: C.river }), at(600, 900, 1.5, garment({ kind: 'kamzol', cloth: C.terra, trim: C.ochre }))),
		'koilek.jpg': picture(studio({ bg: C.ochre }), at(600, 860, 1.35, garment({ kind: 'dress', cloth: C.teal, trim: C.paper }))),
		'balalar.jpg': picture(
			studio({ bg: C.teal }),
			at(420, 800, 0.95, garment({ kind: 'kamzol', cloth: C.terra, trim: C.ochre })),
			at(800, 830, 0.95, garment({ kind: 'dress', cloth: C.ochre, trim: C.terra })),
		),
		'zhondeu.jpg': picture(studio({ bg: C.sand, dots: C.ochre }), at(600, 760, 1.7, scissorsAndSpool())),
	},
	'altyn-baqsha-sharua-qojalygy': {
		'field.jpg': picture(steppe({ horizon: 440 }), at(600, 860, 1, melonField())),
		'harvest.jpg': picture(
			steppe({ horizon: 460 }),
			at(600, 820, 1.1, melon({ slice: false })),
			at(300, 840, 0.7, melon({ slice: false })),
			at(920, 850, 0.55, watermelon()),
		),
		'qauyn.jpg': picture(studio({ bg: C.teal }), at(600, 760, 1.35, melon())),
		'qarbyz.jpg': picture(studio({ bg: C.sand, dots: C.ochre }), at(560, 760, 1.3, watermelon())),
		'kurish.jpg': picture(studio({ bg: C.river }), at(560, 780, 1.35, riceSack())),
		'keptirilgen-qauyn.jpg': picture(studio({ bg: C.terra }), at(600, 720, 1.6, melonBraid({ color: '#e0b04e' }))),
	},
	'shanyraq-toi-qyzmeti': {
		'yurt.jpg': picture(steppe(), bunting([C.terra, C.teal, C.ochre]), at(600, 770, 1.45, yurt())),
		'dastarqan.jpg': picture(room({ wall: '#efe4cc', table: '#a77a4a', ornament: C.terra }), at(600, 830, 1.2, dastarkhan())),
		'kiiz-ui.jpg': picture(studio({ bg: C.teal }), at(600, 760, 1.5, yurt({ bau: C.ochre }))),
		'bezendiru.jpg': picture(
			room({ wall: C.sand, table: C.teal, ornament: C.ochre }),
			bunting([C.terra, C.teal, C.ochre], { y: 180, sag: 50 }),
			at(
				600,
				840,
				1.1,
				cake({
					tiers: [
						{ w: 200, h: 110, color: C.paper },
						{ w: 130, h: 90, color: C.paper },
					],
					ornament: C.terra,
					top: 'candles',
				}),
			),
		),
		'ydys.jpg': picture(studio({ bg: C.ochre }), at(600, 760, 1.15, dastarkhan({ cloth: C.teal }))),
	},
	'shuaq-toqyma-sheberhanasy': {
		'yarn.jpg': picture(
			room({ wall: '#efe4cc', table: '#a77a4a', ornament: C.river }),
			row(4, 270, 220, 800, 1, (k) => yarnBall([C.sand, '#b08a5e', C.terra, C.teal][k])),
		),
		'shulyq.jpg': picture(
			studio({ bg: C.teal }),
			at(480, 780, 1.3, sock({ wool: '#b08a5e' })),
			at(740, 800, 1.3, sock({ wool: '#b08a5e' })),
		),
		'zhemper.jpg': picture(studio({ bg: C.ochre }), at(600, 880, 1.35, sweater({ wool: '#a07a50' }))),
		'korpe.jpg': picture(studio({ bg: C.river }), at(600, 760, 1.2, quilt({ top: C.terra }))),
		'shal.jpg': picture(studio({ bg: C.terra }), at(600, 820, 1.35, shawl({ wool: C.sand }))),
	},
};

const total = { files: 0, bytes: 0 };
for (const [slug, files] of Object.entries(photos)) {
	const dir = join(root, entriesDir, slug, 'photos');
	await mkdir(dir, { recursive: true });
	for (const [file, svg] of Object.entries(files)) {
		const jpeg = await sharp(Buffer.from(svg)).flatten({ background: C.sand }).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
		if (jpeg.length > 150_000) throw new Error(`${slug}/${file} is ${jpeg.length} bytes, over 150 KB`);
		await writeFile(join(dir, file), jpeg);
		total.files++;
		total.bytes += jpeg.length;
	}
}
console.log(`${total.files} photos, ${(total.bytes / 1024).toFixed(0)} KB`);
