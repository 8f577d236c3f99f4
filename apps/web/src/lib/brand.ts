/** The system's name as shown in the header, on the login page and in the browser title. */
export const SYSTEM_NAME = '应急管理综合行政执法系统';
