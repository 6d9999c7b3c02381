// The columns of a stored evidence file, shared by every table that lists uploaded files (progress
// reports, disposal cases): the content lives under <dataDir>/evidence by its sha256.
export interface StoredFileColumns {
  file_name: string;
  kind: string;
  mime: string;
  size: number;
  sha256: string;
  uploaded_at: string;
  uploaded_by_name: string;
}
