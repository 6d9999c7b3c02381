// The platform's name. The header prefers the prefecture's short name from /api/regions so the
// same build serves another prefecture; this constant is the fallback and the login page title.
export const PLATFORM_SUFFIX = '质量提升行动管理平台';
export const DEFAULT_PREFECTURE = '临夏州';
export const PLATFORM_NAME = `${DEFAULT_PREFECTURE}${PLATFORM_SUFFIX}`;
