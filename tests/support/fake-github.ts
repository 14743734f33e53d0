/**
 * A stand-in for the GitHub REST API on 127.0.0.1, for the workflow scripts' tests: each route answers with the
 * JSON given, anything else with 404, and every call is recorded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the scripts made: "GET /repos/o/r/pulls/7", with its JSON body if it had one. */
export interface Call {
	route: string;
	body?: Record<string, unknown>;
}

const statusCode = Symbol('status');

/** An answer with a status of its own; a route given plain JSON answers 200. */
export const status = (code: number, json: unknown = {}) => ({ [statusCode]: code, json });

/** What a route answers: a body as it is, or a function of the call that returns one. */
type Answer = unknown;

/** Starts the stand-in for the repository o/r; `env` is what a script needs to talk to it instead of GitHub. */
export async function fakeGitHub(routes: Record<string, Answer>) {
	const calls: Call[] = [];
	// eslint-disable-next-line @typescript-eslint/no-misused-promises -- a stand-in server: a failed answer fails the test that asked.
	const server = createServer(async (request, response) => {
		let text = '';
		for await (const chunk of request) text += chunk;
		const call: Call = { route: `${request.method} ${request.url}`, ...(text && { body: JSON.parse(text) }) };
		calls.push(call);
		const found = routes[call.route] ?? routes[call.route.split('?')[0]!];
		let answer = typeof found === 'function' ? found(call) : found;
		if (answer === undefined) answer = status(404, { message: 'Not Found' });
		const tagged =
			answer && typeof answer === 'object' && statusCode in answer ? (answer as { [statusCode]: number; json: unknown }) : undefined;
		response.statusCode = tagged ? tagged[statusCode] : 200;
		response.setHeader('content-type', 'application/json').end(JSON.stringify(tagged ? tagged.json : answer));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const env = { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
	return { calls, env, close: () => server.close() };
}
