// n8n 2.x shows an owner-setup form on first start. The sandbox fills it in through the same
// REST call the form uses, so the login can be printed and the e2e tests can log in.

export interface Owner {
	email: string;
	firstName: string;
	lastName: string;
	password: string;
}

export interface Login {
	email: string;
	/** Undefined when the owner existed already and the sandbox password no longer works. */
	password?: string;
	/** The n8n-auth cookie of a logged-in session (for REST calls of the tests). */
	cookie?: string;
}

function authCookie(response: Response): string | undefined {
	const header = response.headers.get('set-cookie') ?? '';
	const match = /n8n-auth=[^;]+/.exec(header);
	return match?.[0];
}

export async function login(
	baseUrl: string,
	email: string,
	password: string,
): Promise<string | undefined> {
	const response = await fetch(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': 'n8n-sandbox' },
		body: JSON.stringify({ emailOrLdapLoginId: email, password }),
	});
	return response.ok ? authCookie(response) : undefined;
}

/** Creates the owner account unless there is one; then checks that the login works. */
export async function ensureOwner(baseUrl: string, owner: Owner): Promise<Login> {
	const setup = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': 'n8n-sandbox' },
		body: JSON.stringify(owner),
	});
	// 400 "Instance owner already setup" on every later start.
	if (!setup.ok && setup.status !== 400) {
		throw new Error(`n8n refused the owner setup: HTTP ${setup.status} ${await setup.text()}`);
	}
	const cookie = await login(baseUrl, owner.email, owner.password);
	return { email: owner.email, password: cookie ? owner.password : undefined, cookie };
}
